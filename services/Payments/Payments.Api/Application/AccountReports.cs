using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Payments;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Art. 330(4): the report of the use of a payer's advances, drawn up on the payer's request at once (the Code allows 30
/// days), kept under a number, once per (payer, request_reference). Payer accounts are not kept per office: the days are
/// Moscow's, as the account's.
/// </summary>
public sealed class AccountReports(AccountStore accounts, AccountReportStore store, TimeProvider clock)
{
    public async Task<(StoredAccountReport Report, bool Created)> ReportAsync(
        string taxpayerNumber, string requestReference, DateOnly requestedOn, DateOnly from, DateOnly to, string issuedBy, CancellationToken ct)
    {
        var today = OfficeTime.DateAt(clock.GetUtcNow(), OfficeTime.Moscow);
        var late = new List<FieldViolation>();
        if (requestedOn > today)
        {
            late.Add(new("requested_on", $"cannot be later than today ({today:yyyy-MM-dd})"));
        }

        if (to > today)
        {
            late.Add(new("period_to", $"cannot be later than today ({today:yyyy-MM-dd}): the report states what happened"));
        }

        RequestValidationException.ThrowIfAny(late);
        if (await store.ByReferenceAsync(taxpayerNumber, requestReference, ct) is { } booked)
        {
            return (Repeat(booked, requestedOn, from, to), false);
        }

        var report = AccountUseReport.Draw(taxpayerNumber, from, to, (await accounts.ReadAsync(taxpayerNumber, ct)).Entries);
        if (await store.TryInsertAsync(requestReference, requestedOn, today, report, issuedBy, clock.GetStoredNow(), ct) is { } issued)
        {
            return (issued, true);
        }

        // The same request sent alongside was issued first: this is its repeat.
        var first = await store.ByReferenceAsync(taxpayerNumber, requestReference, ct) ?? throw new InvalidOperationException("An issued report vanished.");
        return (Repeat(first, requestedOn, from, to), false);
    }

    public async Task<StoredAccountReport> GetAsync(string reportNumber, CancellationToken ct) =>
        await store.ByNumberAsync(reportNumber, ct) ?? throw new NotFoundException(PaymentErrors.AccountReportNotFound, $"No report {reportNumber}.");

    private static StoredAccountReport Repeat(StoredAccountReport booked, DateOnly requestedOn, DateOnly from, DateOnly to) =>
        booked.RequestedOn == requestedOn && booked.Report.PeriodFrom == from && booked.Report.PeriodTo == to
            ? booked
            : throw new AlreadyExistsException(PaymentErrors.RequestReferenceReused, "This request_reference was reported on already for another day or period.");
}
