using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Closures;
using Customs.Examination.Api.Domain.Experts;
using Npgsql;

namespace Customs.Examination.Api.Application;

/// <summary>
/// Art. 356(1)[1]-[2]: a declaration regarded as void or withdrawn ends the control of it, in the inbox's transaction. The
/// closure is recorded once per declaration (a copy of the event under another message id changes nothing); the case closes,
/// its open examination and its analyses under way end with the reason (nothing overdue is listed for it any more). A closure
/// that arrives before the registration is kept: the case then opens closed, without a control decision.
/// </summary>
public sealed class CaseClosures(
    CaseClosureStore closures, ControlCaseStore cases, ExaminationStore examinations, TermExtensionStore extensions, ExpertAnalysisStore analyses,
    TimeProvider clock, ILogger<CaseClosures> logger)
{
    public async Task CloseAsync(NpgsqlConnection c, NpgsqlTransaction tx, CaseClosure closure, CancellationToken ct)
    {
        await closures.LockDeclarationAsync(c, tx, closure.DeclarationId, ct);
        var now = clock.GetStoredNow();
        if (!await closures.TryInsertAsync(c, tx, closure, now, ct))
        {
            logger.LogInformation("The control of declaration {DeclarationId} is closed already", closure.DeclarationId);
            return;
        }

        if (await cases.GetAsync(c, tx, closure.DeclarationId, ct) is not { } controlCase)
        {
            // Its registration has not arrived (or never will: a declaration withdrawn before registration); kept until it does.
            logger.LogInformation("Closure of declaration {DeclarationId} kept until its registration arrives", closure.DeclarationId);
            return;
        }

        await EndAsync(c, tx, controlCase, closure, now, ct);
    }

    /// <summary>Closes the case and ends what is under way on it, inside the caller's transaction (the declaration locked).</summary>
    public async Task EndAsync(NpgsqlConnection c, NpgsqlTransaction tx, ControlCase controlCase, CaseClosure closure, DateTimeOffset now, CancellationToken ct)
    {
        await cases.CloseAsync(c, tx, controlCase.DeclarationId, ct);
        var by = closure.ClosedBy ?? "examination (declaration closed)";
        if (await extensions.LockOpenExaminationAsync(c, tx, controlCase.DeclarationId, ct) is { } id
            && await examinations.GetAsync(c, tx, id, ct) is { } examination && examination.End(closure.EndReason, by, now))
        {
            // The row is locked: the version read is the one written.
            await examinations.UpdateAsync(c, tx, examination, ct);
        }

        var today = OfficeTimeZones.Default.DateAt(controlCase.OfficeCode, now);
        foreach (var analysis in await analyses.UnderWayForUpdateAsync(c, tx, controlCase.DeclarationId, ct))
        {
            if (AnalysisEndRules.End(analysis, closure.EndReason, today) is { } ended)
            {
                await analyses.UpdateAsync(c, tx, ended, ct);
            }
        }

        logger.LogInformation("Control of declaration {RegistrationNumber} closed: {Reason}", controlCase.RegistrationNumber, closure.EndReason);
    }
}
