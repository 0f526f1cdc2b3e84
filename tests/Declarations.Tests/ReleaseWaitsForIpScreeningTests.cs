using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>Under customs control the goods wait for the IP register's screening of every item before release (Art. 397(1)).</summary>
public sealed class ReleaseWaitsForIpScreeningTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);
    private static readonly Guid SuspensionId = Guid.NewGuid();

    private static Declaration Registered(IReadOnlyList<ReleaseSuspension>? suspensions = null)
    {
        var draft = Drafts.Draft(DeclarationKind.CommercialImport, MovementDirection.Import, Drafts.Company,
            Drafts.Item("6203423100", quantity: 100, use: IntendedUse.Commercial, netKg: 50),
            Drafts.Item("6204623100", quantity: 80, use: IntendedUse.Commercial, netKg: 40, number: 2),
            Drafts.Item("6205200000", quantity: 60, use: IntendedUse.Commercial, netKg: 30, number: 3));
        var declaration = Declaration.File(Guid.NewGuid(), draft, "broker-1", Monday, null);
        declaration.Register("officer-1", Monday, "10005020/020326/0000001", WorkingCalendars.Default.Russia, null);
        // As the store restores it, with the suspensions the IP register announced.
        return Declaration.Restore(new StoredDeclarationState
        {
            Id = declaration.Id, Content = draft, FiledBy = "broker-1", FiledAt = Monday, Status = declaration.Status, Version = 3,
            RegistrationNumber = declaration.RegistrationNumber, AcceptanceDate = declaration.AcceptanceDate,
            RegisteredAt = declaration.RegisteredAt, ControlDeadline = declaration.ControlDeadline, History = declaration.History,
            EstablishedQuantities = [], Suspensions = suspensions ?? [],
        }).GreenAndPaid();
    }

    private static ItemIpScreening Outcome(int item, IpScreeningOutcome outcome, Guid? suspensionId = null) =>
        new(item, outcome, null, Monday.AddMinutes(1), suspensionId);

    [Fact]
    public void Goods_nobody_has_screened_for_IP_are_not_released_and_the_officer_is_told_which_items_wait()
    {
        var declaration = Registered();
        declaration.RecordIpScreening(Outcome(1, IpScreeningOutcome.Clear));

        var error = Assert.Throws<DeclarationRuleException>(() => declaration.Release("officer-2", Monday));

        Assert.Equal("Cannot release: items 2, 3 still await IP screening by the IP register.", error.Message);
        Assert.Equal(DeclarationStatus.UnderControl, declaration.Status);
    }

    [Fact]
    public void Goods_are_released_once_every_item_has_its_IP_screening_outcome()
    {
        var declaration = Registered();
        declaration.RecordIpScreening(Outcome(1, IpScreeningOutcome.Clear));
        declaration.RecordIpScreening(Outcome(2, IpScreeningOutcome.AuthorisedImporter));
        declaration.RecordIpScreening(Outcome(3, IpScreeningOutcome.ExemptPersonalUse));

        declaration.Release("officer-2", Monday);

        Assert.Equal(DeclarationStatus.Released, declaration.Status);
    }

    [Fact]
    public void An_item_screened_with_signs_of_infringement_holds_release_until_its_suspension_arrives_and_is_lifted()
    {
        var waiting = Registered();
        var lifted = Registered([new ReleaseSuspension(SuspensionId, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 3), null)]);
        foreach (var declaration in new[] { waiting, lifted })
        {
            declaration.RecordIpScreening(Outcome(1, IpScreeningOutcome.Clear));
            declaration.RecordIpScreening(Outcome(2, IpScreeningOutcome.Suspended, SuspensionId));
            declaration.RecordIpScreening(Outcome(3, IpScreeningOutcome.Clear));
        }

        var error = Assert.Throws<DeclarationRuleException>(() => waiting.Release("officer-2", Monday));
        lifted.Release("officer-2", Monday);

        Assert.Contains("item 2 had signs of IP infringement", error.Message);
        Assert.Equal(DeclarationStatus.Released, lifted.Status);
    }

    [Fact]
    public void A_later_screening_of_an_item_replaces_an_earlier_one_and_an_earlier_one_arriving_late_does_not()
    {
        var declaration = Registered();
        declaration.RecordIpScreening(Outcome(1, IpScreeningOutcome.Clear) with { ScreenedAt = Monday.AddHours(2) });
        declaration.RecordIpScreening(Outcome(1, IpScreeningOutcome.Suspended) with { ScreenedAt = Monday.AddHours(1) });

        Assert.Equal(IpScreeningOutcome.Clear, Assert.Single(declaration.IpScreenings).Outcome);
    }
}
