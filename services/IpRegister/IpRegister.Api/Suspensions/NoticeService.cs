using Customs.IpRegister.Api.Domain;
using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Suspensions;
using Customs.IpRegister.Api.Register;
using Npgsql;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>
/// Art. 397(2): when a suspension takes effect, a notice to each party is written in the same transaction; officers see
/// the notices not yet sent (most urgent first) and record each as sent.
/// </summary>
public sealed class NoticeService(NpgsqlDataSource dataSource, NoticeRepository notices, EntryRepository entries, TimeProvider clock)
{
    public async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Suspension suspension, string legalBasis, CancellationToken ct)
    {
        var entry = await entries.GetAsync(connection, transaction, suspension.RegisterEntryId, forUpdate: false, ct)
            ?? throw new InvalidOperationException($"Register entry {suspension.RegisterEntryId} of suspension {suspension.Id} is missing.");
        var reasons = SuspensionNotice.ReasonsFor(entry.Object.Name, entry.Object.RegistrationNumber, suspension.ItemNumbers, legalBasis);
        await notices.InsertAsync(connection, transaction, SuspensionNotice.For(suspension, reasons), ct);
    }

    /// <returns>One page of the pending notices and the position after it, null on the last page.</returns>
    public async Task<(IReadOnlyList<RecordedNotice> Page, NoticeCursor? Next)> ListPendingAsync(
        OfficerRole role, int pageSize, NoticeCursor? after, CancellationToken ct)
    {
        EnsureOfficer(role);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await notices.ListPendingAsync(connection, pageSize + 1, after, ct);
        var page = rows.Take(pageSize).ToList();
        var last = page.LastOrDefault()?.Notice;
        return (page, rows.Count > pageSize && last is not null ? new NoticeCursor(last.DueBy, last.SuspensionId, EnumCodes.Of(last.Addressee)) : null);
    }

    public async Task<IReadOnlyList<RecordedNotice>> ListForAsync(Guid suspensionId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await notices.ListForSuspensionAsync(connection, suspensionId, ct);
    }

    /// <summary>Records how the notice went out; recording it again keeps the first record.</summary>
    public async Task<RecordedNotice> RecordSentAsync(
        Guid suspensionId, SuspensionParty addressee, string reference, string officerId, OfficerRole role, CancellationToken ct)
    {
        EnsureOfficer(role);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var office = await notices.OfficeOfAsync(connection, suspensionId, ct);
        var today = office is null ? OfficeDate.RegisterToday(clock) : OfficeDate.Today(clock, office);
        return await notices.MarkSentAsync(connection, suspensionId, addressee, today, officerId, reference, ct)
            ?? throw new NotFoundException(RegisterErrors.NoticeNotFound, $"The notice to the {EnumCodes.Of(addressee).Replace('_', '-')} of suspension {suspensionId} was not found.");
    }

    private static void EnsureOfficer(OfficerRole role)
    {
        if (!role.IsOfficer())
        {
            throw new PermissionDeniedException(RegisterErrors.OfficerRequired, "Only customs officers see and record the notices of suspensions.");
        }
    }
}
