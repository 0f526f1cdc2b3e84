using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Calendar;
using System.Security.Cryptography;
using Customs.Declarations.Api.Caching;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Declarations.Api.Application;

/// <summary>
/// Files a declaration: every problem is reported at once and nothing is stored; a retry with the same request id
/// returns the declaration the first filing made.
/// </summary>
public sealed class DeclarationFiling(
    NpgsqlDataSource dataSource, DeclarationRepository repository, FilingRequestStore requests, PersonalUseRules rules,
    PaymentsReference reference, TimeProvider clock)
{
    public async Task<Declaration> FileAsync(
        DeclarationDraft draft, List<FieldViolation> violations, string declarantId, string requestId, byte[] requestBytes, CancellationToken ct)
    {
        var now = clock.GetStoredNow();
        // The memo's rules as they stand today at the office; acceptance re-applies those in force on its date (Art. 325).
        // An office without a known time zone has no today: the validator refuses its code.
        // A passenger's rules read the Payments service's allowances and rates, a personal-use export its export tariff's lines:
        // asked before anything is written.
        PersonalUseAssessment? assessment = null;
        if (OfficeTimeZones.Default.TryZoneOf(draft.CustomsOfficeCode) is not null)
        {
            var today = OfficeTimeZones.Default.DateAt(draft.CustomsOfficeCode, now);
            var forDay = PersonalUseRules.NeedsReference(draft) ? await reference.ForAsync(today, rules.CurrenciesNeeded(draft, today), PersonalUseRules.IsPersonalExport(draft), ct) : null;
            assessment = rules.Assess(draft, today, forDay);
        }

        violations.AddRange(DeclarationValidator.Validate(draft, assessment));
        RequestValidationException.ThrowIfAny(violations);

        var hash = SHA256.HashData(requestBytes);
        var declaration = Declaration.File(Guid.CreateVersion7(now), draft, declarantId, now, assessment);
        await using var connection = await dataSource.OpenConnectionAsync(ct);

        // The claim of the request id and the declaration's rows go in one batch without a transaction of ours: the server
        // runs a batch as one transaction and commits it at its end, so filing is one round trip. A retry's claim meets the
        // earlier one's row (waiting for it, if that filing is still committing) and fails: nothing of the batch is written,
        // and the earlier filing's declaration is the answer.
        var claim = FilingRequestStore.ClaimCommand(declarantId, requestId, hash, declaration.Id, now);
        try
        {
            await BatchCommand.ExecuteAsync(connection, null, [claim, .. DeclarationRepository.InsertCommands(declaration)], ct);
            declaration.MarkStored(1);
            return declaration;
        }
        catch (PostgresException ex) when (FilingRequestStore.IsClaimedBefore(ex))
        {
        }

        var first = await requests.EarlierAsync(connection, declarantId, requestId, ct);
        if (!first.RequestHash.AsSpan().SequenceEqual(hash))
        {
            throw new AlreadyExistsException(DeclarationErrors.RequestIdReused,
                $"This request_id was used for a different filing (declaration {first.DeclarationId}).");
        }

        return await repository.GetAsync(connection, null, first.DeclarationId, ct) ?? throw DeclarationActionRunner.NotFound(first.DeclarationId);
    }
}
