using Customs.BuildingBlocks.Clock;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Guarantors;
using Customs.ServiceDefaults;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Art. 347(2): the Register of Insurance Organisations whose insurance contracts may be accepted as security. Its entry
/// terms are set outside the Code, so an entry is the officer's record of a stay under a named act; nothing else is checked.
/// Entries and exclusions of one insurer take turns (an advisory lock on its taxpayer number).
/// </summary>
public sealed class InsuranceRegister(NpgsqlDataSource db, InsuranceRegisterStore store, TimeProvider clock)
{
    public async Task<(InsuranceRegisterEntry Entry, bool Created)> EnterAsync(InsuranceRegisterEntry entry, string enteredBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await LockAsync(connection, transaction, entry.TaxpayerNumber, ct);
        if (!await store.TryInsertAsync(connection, transaction, entry, enteredBy, clock.GetStoredNow(), ct))
        {
            var same = await store.StayFromAsync(connection, transaction, entry.TaxpayerNumber, entry.EnteredFrom, ct);
            return same is not null && same.Name == entry.Name && same.Act == entry.Act
                ? (same, false)
                : throw new RuleViolationException(PaymentErrors.InsurerAlreadyEntered,
                    $"{entry.TaxpayerNumber} has a stay in the register of insurers open or lasting past {entry.EnteredFrom:yyyy-MM-dd}.", "Art. 347(2)");
        }

        await transaction.CommitAsync(ct);
        return (entry, true);
    }

    public async Task<InsuranceRegisterEntry> ExcludeAsync(string taxpayerNumber, DateOnly excludedFrom, string reason, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await LockAsync(connection, transaction, taxpayerNumber, ct);
        var stay = await store.LatestStayAsync(connection, transaction, taxpayerNumber, ct);
        if (stay?.ExcludedFrom is { } excluded)
        {
            // The same exclusion again is answered; the insurer is out otherwise.
            return excluded == excludedFrom && stay.ExclusionReason == reason
                ? stay
                : throw new RuleViolationException(PaymentErrors.InsurerNotEntered, $"{taxpayerNumber} is out of the register of insurers since {excluded:yyyy-MM-dd}.", "Art. 347(2)");
        }

        if (stay is null)
        {
            throw new RuleViolationException(PaymentErrors.InsurerNotEntered, $"{taxpayerNumber} was never entered in the register of insurers.", "Art. 347(2)");
        }

        if (excludedFrom <= stay.EnteredFrom)
        {
            throw new RequestValidationException([new("excluded_from", $"must be after the stay began ({stay.EnteredFrom:yyyy-MM-dd})")]);
        }

        await store.ExcludeAsync(connection, transaction, stay.Id, excludedFrom, reason, ct);
        await transaction.CommitAsync(ct);
        return stay with { ExcludedFrom = excludedFrom, ExclusionReason = reason };
    }

    private static Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("select pg_advisory_xact_lock(hashtext('insurance-register:' || @TaxpayerNumber))",
            new { TaxpayerNumber = taxpayerNumber }, transaction, cancellationToken: ct));
}
