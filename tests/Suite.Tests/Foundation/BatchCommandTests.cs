using Customs.BuildingBlocks.Data;
using Dapper;
using Npgsql;

namespace Customs.Suite.Tests.Foundation;

/// <summary>
/// A transaction's last statements and its commit in one round trip (<see cref="BatchCommand.ExecuteAndCommitAsync"/>):
/// against the graph's PostgreSQL, in a scratch database.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class BatchCommandTests(GraphFixture graph)
{
    [Fact]
    public async Task Statements_sent_with_the_commit_are_committed_and_a_failing_one_commits_nothing()
    {
        await using var dataSource = NpgsqlDataSource.Create(await graph.App.CreateScratchDatabaseAsync("postgres", "batch"));
        await using var setup = await dataSource.OpenConnectionAsync();
        await setup.ExecuteAsync("create table entries (id int primary key, note text not null)");

        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("insert into entries values (1, 'before the batch')", transaction: transaction);
            var second = BatchCommand.Of("insert into entries values ($1, $2)", 2, "in the batch");
            await BatchCommand.ExecuteAndCommitAsync(connection, transaction, [second], default);
            Assert.Equal(1, second.RecordsAffected);
            // Committed: another connection sees both rows while this transaction is still undisposed.
            Assert.Equal([1, 2], await setup.QueryAsync<int>("select id from entries order by id"));
        }

        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                await connection.ExecuteAsync("insert into entries values (3, 'before the batch')", transaction: transaction);
                // The second statement violates the key: the batch stops there, the commit is never run.
                var ex = await Assert.ThrowsAsync<PostgresException>(() => BatchCommand.ExecuteAndCommitAsync(connection, transaction,
                    [BatchCommand.Of("insert into entries values (4, 'first')"), BatchCommand.Of("insert into entries values (1, 'again')")], default));
                Assert.Equal(PostgresErrorCodes.UniqueViolation, ex.SqlState);
            }

            // Disposed, the transaction was rolled back, and the connection serves the next statement.
            Assert.Equal(2L, await connection.ExecuteScalarAsync<long>("select count(*) from entries"));
        }

        Assert.Equal([1, 2], await setup.QueryAsync<int>("select id from entries order by id"));
    }
}
