using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>Goods needing a permit are released only on its reference (memo, last section).</summary>
public sealed class ReleaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Declaration RegisteredWeapon()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item("9303201000"));
        var declaration = Declaration.File(Guid.NewGuid(), draft, "terminal-7", Now, null);
        declaration.Register("officer-1", Now, "10005020/020326/0000001", WorkingCalendars.Default.Russia, Drafts.Rules().Assess(draft, Drafts.Today));
        return declaration.ScreenedClear(Now).GreenAndPaid();
    }

    [Fact]
    public void A_permit_presented_at_release_lets_the_goods_go_and_is_recorded()
    {
        var declaration = RegisteredWeapon();

        declaration.Release("officer-2", Now, [new PresentedDocument(1, new GoodsDocumentRef(DocumentKind.WeaponsPermit, "MVD-77-0042", null))]);

        Assert.Equal(DeclarationStatus.Released, declaration.Status);
        Assert.Contains("MVD-77-0042", declaration.History[^1].Note);
    }

    [Fact]
    public void A_document_of_another_kind_does_not_stand_for_the_permit() =>
        Assert.Throws<DeclarationRuleException>(() => RegisteredWeapon().Release("officer-2", Now,
            [new PresentedDocument(1, new GoodsDocumentRef(DocumentKind.Licence, "L-1", null))]));

    [Fact]
    public void A_permit_for_an_item_the_declaration_does_not_have_is_refused() =>
        Assert.Throws<DeclarationRuleException>(() => RegisteredWeapon().Release("officer-2", Now,
            [new PresentedDocument(3, new GoodsDocumentRef(DocumentKind.WeaponsPermit, "MVD-77-0042", null))]));
}
