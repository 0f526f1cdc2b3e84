using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Contracts;
using Customs.IpRegister.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>
/// Art. 397(1): the IP register holds the release pending the written decision of the head of the customs office or the
/// deputy, then announces the decision; the declaration records it.
/// </summary>
public sealed class SuspensionDecisionTests
{
    // Monday 2 March 2026: signs found; the hold runs to Tuesday 3 March; the head decides on Tuesday, 10 working days to 17 March.
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);
    private static readonly Guid SuspensionId = Guid.NewGuid();

    private static Declaration Held(DateOnly until)
    {
        var draft = Drafts.Draft(DeclarationKind.CommercialImport, MovementDirection.Import, Drafts.Company,
            Drafts.Item("8517130000", quantity: 500, use: IntendedUse.Commercial, netKg: 100));
        var declaration = Declaration.File(Guid.NewGuid(), draft, "broker-1", Monday, null);
        declaration.Register("officer-1", Monday, "10005020/020326/0000001", WorkingCalendars.Default.Russia, null);
        declaration.SuspendRelease("ipregister", Monday, "Customs Code Art. 397(1): release held pending the written decision", "entry 1");
        // As the store restores it: the hold as the IP register announced it.
        return Declaration.Restore(new StoredDeclarationState
        {
            Id = declaration.Id, Content = draft, FiledBy = "broker-1", FiledAt = Monday, Status = declaration.Status, Version = 4,
            RegistrationNumber = declaration.RegistrationNumber, AcceptanceDate = declaration.AcceptanceDate,
            RegisteredAt = declaration.RegisteredAt, ControlDeadline = declaration.ControlDeadline, History = declaration.History,
            EstablishedQuantities = [],
            Suspensions = [new ReleaseSuspension(SuspensionId, new DateOnly(2026, 3, 2), until, null, null, PendingDecision: true)],
        });
    }

    private static ReleaseSuspended Announced(bool? pending, DateOnly on, DateOnly until, string? role = "head", string? reference = "No. 12/2026") => new()
    {
        SuspensionId = SuspensionId, DeclarationId = Guid.NewGuid(), ItemNumbers = [1], RegisterEntryId = Guid.NewGuid(),
        RightHolderName = "Acme Brands LLC", RightHolderAddress = "Moscow, Lesnaya 5", ApplicantCapacity = "right_holder",
        SuspendedOn = on, SuspendedUntil = until, LegalBasis = "Customs Code Art. 397(1)", PendingDecision = pending,
        DecidedOn = pending == true ? null : on, DecisionReference = pending == true ? null : reference, DecidedByRole = pending == true ? null : role,
    };

    private static SuspensionDecision Decision(string role = "head", DateOnly? until = null) =>
        new(SuspensionId, new DateOnly(2026, 3, 3), "No. 12/2026", role, until ?? new DateOnly(2026, 3, 17));

    [Fact]
    public void The_heads_decision_on_held_goods_is_in_the_history_under_Art_397_and_sets_the_suspensions_term()
    {
        var declaration = Held(until: new DateOnly(2026, 3, 3));

        declaration.RecordSuspensionDecided("ipregister", Monday.AddDays(1), Decision());

        var entry = declaration.History[^1];
        Assert.Equal((DeclarationStatus.ReleaseSuspended, DeclarationStatus.ReleaseSuspended), (entry.From, entry.To));
        Assert.Contains("397(1)", entry.LegalBasis);
        Assert.Equal($"suspension {SuspensionId}: suspended by the decision of the head of the customs office, No. 12/2026, until 2026-03-17", entry.Note);
        Assert.Equal(new ReleaseSuspension(SuspensionId, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 17), null, null,
            false, new DateOnly(2026, 3, 3), "No. 12/2026", "head"), Assert.Single(declaration.Suspensions));
    }

    [Fact]
    public void A_decision_by_the_deputy_names_the_deputy()
    {
        var declaration = Held(until: new DateOnly(2026, 3, 3));

        declaration.RecordSuspensionDecided("ipregister", Monday.AddDays(1), Decision("deputy_head"));

        Assert.Contains("by the decision of the deputy head of the customs office, No. 12/2026", declaration.History[^1].Note);
    }

    [Fact]
    public void A_decision_announced_after_an_extension_keeps_the_extended_last_day()
    {
        var declaration = Held(until: new DateOnly(2026, 3, 31));

        declaration.RecordSuspensionDecided("ipregister", Monday.AddDays(1), Decision());

        Assert.Equal(new DateOnly(2026, 3, 31), Assert.Single(declaration.Suspensions).SuspendedUntil);
    }

    [Fact]
    public void A_decision_is_recorded_only_on_a_declaration_whose_release_is_suspended()
    {
        var released = Held(until: new DateOnly(2026, 3, 3));
        released.LiftSuspension("ipregister", Monday, "decision_declined");

        Assert.Throws<DeclarationRuleException>(() => released.RecordSuspensionDecided("ipregister", Monday, Decision()));
    }

    [Fact]
    public void Only_the_announcement_of_a_written_decision_is_a_decision()
    {
        var hold = Announced(pending: true, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3));
        var chinese = Announced(pending: null, new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 13), role: null, reference: null);
        var decided = Announced(pending: false, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 17));

        Assert.Null(ReleaseSuspensionStore.Decision(hold));
        Assert.Null(ReleaseSuspensionStore.Decision(chinese));
        Assert.Equal(Decision(), ReleaseSuspensionStore.Decision(decided));
    }
}
