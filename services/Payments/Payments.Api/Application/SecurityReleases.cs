using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Caching;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Securities;
using Customs.Payments.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// The end of a whole security (Arts. 337(5), 345(4), 357): the security row locked, so its reservations and its end are
/// one at a time; applied once per release reference; the end and its event commit together.
/// </summary>
public sealed class SecurityReleases(
    NpgsqlDataSource db, SecurityStore securities, SecurityReleaseStore releases, ObligationStore obligations, GuarantorLookup lookup, IOutbox outbox,
    TimeProvider clock)
{
    public async Task<(Security Security, SecurityRelease Release, bool Created)> ReleaseAsync(
        Guid securityId, string reference, SecurityDisposition disposition, DateOnly releasedOn, string receiptNumber, string officeCode, string releasedBy,
        CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var security = await securities.LockAsync(connection, transaction, securityId, ct) ?? throw new NotFoundException(PaymentErrors.SecurityNotFound, $"No security {securityId}.");
        Securities.EnsureNotLaterThanTodayAt(clock, security.OfficeCode, releasedOn, "released_on");
        if (await releases.ByReferenceAsync(connection, transaction, reference, ct) is { } done)
        {
            return done.SameRequest(securityId, disposition, releasedOn)
                ? (security, done, false)
                : throw new AlreadyExistsException(PaymentErrors.ReleaseReferenceReused, "This release_reference was applied already with other content.");
        }

        var fulfilledOn = await releases.FulfilledOnAsync(connection, transaction, security, ct);
        var arrears = disposition == SecurityDisposition.Refunded
            ? await obligations.ArrearsOfPayerAsync(connection, transaction, security.Principal, releasedOn, ct)
            : 0m;
        var refunding = disposition == SecurityDisposition.Refunded && security.Method == SecurityMethod.CashDeposit;
        if (refunding)
        {
            // Art. 357(3): on the customs receipt; 357(2): by the office that received it or one where a procedure it secured was completed.
            CashDepositRules.EnsureReceipt(security, receiptNumber);
            CashDepositRules.EnsureRefundingOffice(security, officeCode, await securities.OfficesCompletedAsync(connection, transaction, securityId, ct));
        }

        var release = ReleaseRules.Decide(security, reference, disposition, releasedOn, fulfilledOn, arrears);
        if (refunding)
        {
            // Art. 357(3): in the currency paid, not indexed (357(6)).
            release = release with
            {
                RefundCurrency = security.DepositCurrency, RefundAsPaid = CashDepositRules.RefundAsPaid(security, release.RefundRub), RefundingOfficeCode = officeCode,
            };
        }

        await releases.SaveAsync(connection, transaction, release, releasedBy, clock.GetStoredNow(), ct);
        await outbox.EnqueueAsync(connection, transaction, new SecurityEnded
        {
            SecurityId = securityId, ReleaseReference = reference, Method = EnumCodes.Of(security.Method), PrincipalTaxpayerNumber = security.Principal,
            GuarantorTaxpayerNumber = security.Guarantor, Disposition = EnumCodes.Of(disposition), RefundRub = release.RefundRub,
            KeptForArrearsRub = release.KeptForArrearsRub, EndedOn = releasedOn,
            RefundCurrency = release.RefundCurrency, RefundAsPaid = release.RefundAsPaid, RefundingOfficeCode = release.RefundingOfficeCode,
        }, cancellationToken: ct);
        await transaction.CommitAsync(ct);
        if (security.Guarantor.Length > 0)
        {
            // The guarantor's outstanding total went down (342(4)).
            await lookup.ChangedAsync();
        }

        return (security with { InForce = disposition == SecurityDisposition.Kept, RefundedRub = security.RefundedRub + release.RefundRub }, release, true);
    }
}
