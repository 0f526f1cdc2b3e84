using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain.Notices;
using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>The notices of suspensions to the declarant and the right-holder (Art. 397(2)).</summary>
public sealed class NoticeRepository
{
    public async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<SuspensionNotice> notices, CancellationToken ct)
    {
        const string sql = """
            insert into suspension_notices (suspension_id, addressee, addressee_name, addressee_address, other_party_name,
                other_party_address, reasons, suspended_on, suspended_until, due_by, applicant_capacity, applicant_name, applicant_address)
            values (@SuspensionId, @Addressee, @AddresseeName, @AddresseeAddress, @OtherPartyName,
                @OtherPartyAddress, @Reasons, @SuspendedOn, @SuspendedUntil, @DueBy, @ApplicantCapacity, @ApplicantName, @ApplicantAddress)
            on conflict (suspension_id, addressee) do nothing
            """;
        var rows = notices.Select(n => new
        {
            n.SuspensionId, Addressee = EnumCodes.Of(n.Addressee), AddresseeName = n.To.Name, AddresseeAddress = n.To.Address,
            OtherPartyName = n.OtherParty.Name, OtherPartyAddress = n.OtherParty.Address, n.Reasons, n.SuspendedOn, n.SuspendedUntil, n.DueBy,
            ApplicantCapacity = EnumCodes.Of(n.ApplicantCapacity), ApplicantName = n.Applicant.Name, ApplicantAddress = n.Applicant.Address,
        });
        await connection.ExecuteAsync(new CommandDefinition(sql, rows, transaction, cancellationToken: ct));
    }

    /// <summary>Notices not yet recorded as sent, the most urgent first, after <paramref name="after"/> (keyset).</summary>
    public async Task<IReadOnlyList<RecordedNotice>> ListPendingAsync(NpgsqlConnection connection, int limit, NoticeCursor? after, CancellationToken ct)
    {
        const string sql = """
            select n.*, s.customs_office_code from suspension_notices n join suspensions s on s.id = n.suspension_id
            where n.sent_on is null
              and (cast(@AfterDue as date) is null or (n.due_by, n.suspension_id, n.addressee) > (cast(@AfterDue as date), @AfterId, @AfterAddressee))
            order by n.due_by, n.suspension_id, n.addressee limit @limit
            """;
        var rows = await connection.QueryAsync<NoticeRow>(new CommandDefinition(sql, new
        {
            limit,
            AfterDue = after?.DueBy,
            AfterId = after?.SuspensionId ?? Guid.Empty,
            AfterAddressee = after?.Addressee ?? "",
        }, cancellationToken: ct));
        return [.. rows.Select(r => r.ToDomain())];
    }

    public async Task<IReadOnlyList<RecordedNotice>> ListForSuspensionAsync(NpgsqlConnection connection, Guid suspensionId, CancellationToken ct)
    {
        const string sql = """
            select n.*, s.customs_office_code from suspension_notices n join suspensions s on s.id = n.suspension_id
            where n.suspension_id = @suspensionId order by n.addressee
            """;
        var rows = await connection.QueryAsync<NoticeRow>(new CommandDefinition(sql, new { suspensionId }, cancellationToken: ct));
        return [.. rows.Select(r => r.ToDomain())];
    }

    /// <summary>The customs office of the suspension, whose date the notice's record takes; null when there is no such suspension.</summary>
    public async Task<string?> OfficeOfAsync(NpgsqlConnection connection, Guid suspensionId, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "select customs_office_code from suspensions where id = @suspensionId", new { suspensionId }, cancellationToken: ct));

    /// <summary>Records the notice as sent; a notice already recorded keeps its first record. Null when there is no such notice.</summary>
    public async Task<RecordedNotice?> MarkSentAsync(
        NpgsqlConnection connection, Guid suspensionId, SuspensionParty addressee, DateOnly on, string by, string reference, CancellationToken ct)
    {
        const string sql = """
            update suspension_notices
            set sent_on = coalesce(sent_on, @on), sent_by = coalesce(sent_by, @by), sent_reference = coalesce(sent_reference, @reference)
            where suspension_id = @suspensionId and addressee = @addressee
            returning *, (select s.customs_office_code from suspensions s where s.id = suspension_notices.suspension_id) as customs_office_code
            """;
        var row = await connection.QuerySingleOrDefaultAsync<NoticeRow>(new CommandDefinition(
            sql, new { suspensionId, addressee = EnumCodes.Of(addressee), on, by, reference }, cancellationToken: ct));
        return row?.ToDomain();
    }
}
