using Dapper;
using Npgsql;

namespace Customs.Declarations.Api.Data;

/// <summary>Registration numbers office/ddMMyy/NNNNNNN, numbered per office and acceptance date.</summary>
public sealed class RegistrationNumbers
{
    public async Task<string> NextAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string customsOfficeCode, DateOnly acceptanceDate, CancellationToken ct)
    {
        const string sql = """
            insert into registration_counters (customs_office_code, acceptance_date, last_number)
            values (@Office, @Date, 1)
            on conflict (customs_office_code, acceptance_date) do update set last_number = registration_counters.last_number + 1
            returning last_number
            """;
        var number = await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql,
            new { Office = customsOfficeCode, Date = acceptanceDate.ToDateTime(TimeOnly.MinValue) }, transaction, cancellationToken: ct));
        return $"{customsOfficeCode}/{acceptanceDate:ddMMyy}/{number:D7}";
    }
}
