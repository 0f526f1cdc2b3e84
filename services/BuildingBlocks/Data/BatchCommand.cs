using Npgsql;

namespace Customs.BuildingBlocks.Data;

/// <summary>A statement for an <see cref="NpgsqlBatch"/> with positional parameters (<c>$1</c>, <c>$2</c>, …); null is sent as SQL null.</summary>
public static class BatchCommand
{
    public static NpgsqlBatchCommand Of(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
