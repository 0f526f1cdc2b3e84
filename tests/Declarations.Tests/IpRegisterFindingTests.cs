using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>What the IP register announces about a suspension that does not change the declaration's status.</summary>
public sealed class IpRegisterFindingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);
    private static readonly Guid SuspensionId = Guid.NewGuid();

    private static Declaration Suspended(DateOnly until)
    {
        var draft = Drafts.Draft(DeclarationKind.CommercialImport, MovementDirection.Import, Drafts.Company,
            Drafts.Item("8517130000", quantity: 500, use: IntendedUse.Commercial, netKg: 100));
        var declaration = Declaration.File(Guid.NewGuid(), draft, "broker-1", Monday, null);
        declaration.Register("officer-1", Monday, "10005020/020326/0000001", WorkingCalendars.Default.Russia, null);
        declaration.SuspendRelease("ipregister", Monday, LegalBasis.SuspensionIp, "entry 1");
        // As the store restores it: the suspension as the IP register announced it.
        return Declaration.Restore(new StoredDeclarationState
        {
            Id = declaration.Id, Content = draft, FiledBy = "broker-1", FiledAt = Monday, Status = declaration.Status, Version = 4,
            RegistrationNumber = declaration.RegistrationNumber, AcceptanceDate = declaration.AcceptanceDate,
            RegisteredAt = declaration.RegisteredAt, ControlDeadline = declaration.ControlDeadline, History = declaration.History,
            EstablishedQuantities = [], Suspensions = [new ReleaseSuspension(SuspensionId, new DateOnly(2026, 3, 2), until, null, null)],
        });
    }

    [Fact]
    public void An_extended_suspension_keeps_its_new_last_day_and_the_extension_is_in_the_history_under_Art_397()
    {
        var declaration = Suspended(until: new DateOnly(2026, 3, 16));

        declaration.RecordSuspensionExtended("ipregister", Monday.AddDays(10), SuspensionId, new DateOnly(2026, 3, 30));

        Assert.Equal(new DateOnly(2026, 3, 30), Assert.Single(declaration.Suspensions).SuspendedUntil);
        Assert.Equal(DeclarationStatus.ReleaseSuspended, declaration.Status);
        var entry = declaration.History[^1];
        Assert.Equal((DeclarationStatus.ReleaseSuspended, DeclarationStatus.ReleaseSuspended), (entry.From, entry.To));
        Assert.Contains("397(1)", entry.LegalBasis);
        Assert.Equal($"suspension {SuspensionId} extended until 2026-03-30", entry.Note);
    }

    [Fact]
    public void An_extension_names_the_written_decision_of_the_head_or_deputy_that_made_it()
    {
        var declaration = Suspended(until: new DateOnly(2026, 3, 16));

        declaration.RecordSuspensionExtended(
            "ipregister", Monday.AddDays(10), SuspensionId, new DateOnly(2026, 3, 30), "No. 10005020/161-IP", "deputy_head");

        Assert.Equal(
            $"suspension {SuspensionId} extended by the decision of the deputy head, No. 10005020/161-IP until 2026-03-30",
            declaration.History[^1].Note);
    }

    [Fact]
    public void An_extension_announced_before_its_suspension_is_kept_for_it()
    {
        var declaration = Suspended(until: new DateOnly(2026, 3, 16));
        var other = Guid.NewGuid();

        declaration.RecordSuspensionExtended("ipregister", Monday, other, new DateOnly(2026, 3, 30));

        Assert.Equal([(SuspensionId, new DateOnly(2026, 3, 16)), (other, new DateOnly(2026, 3, 30))],
            declaration.Suspensions.Select(s => (s.SuspensionId, s.SuspendedUntil!.Value)));
    }
}
