using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>Arts. 323(7) and 383(4): the customs value customs determines and the samples it keeps, beside the declared value.</summary>
public sealed class CustomsValueByCustomsTests
{
    // Friday 8 May 2026, 10:00 Moscow time.
    private static readonly DateTimeOffset Friday = new(2026, 5, 8, 7, 0, 0, TimeSpan.Zero);

    private static Declaration Registered()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, [Drafts.Item(quantity: 10)]);
        var declaration = Declaration.File(Guid.NewGuid(), draft, "terminal-7", Friday, Drafts.Rules().Assess(draft, Drafts.Today));
        declaration.Register("officer-1", Friday, "10005020/080526/0000001", WorkingCalendars.Default.Russia,
            Drafts.Rules().Assess(declaration.Content, declaration.OfficeDateAt(Friday)));
        return declaration;
    }

    [Fact]
    public void A_value_customs_determines_after_release_is_recorded_beside_the_declared_one()
    {
        // Art. 323(7): "In the instance when the customs office has determined the goods customs value following the goods release,
        // the customs authorities will issue an invoice for customs payments".
        var declaration = Registered().ScreenedClear(Friday).GreenAndPaid();
        declaration.Release("officer-2", Friday);

        var established = declaration.EstablishCustomsValue("officer-3", Friday.AddDays(3), 1, 1_250m, "EUR", 3, "decision 7");

        Assert.Equal(DeclarationStatus.Released, declaration.Status);
        Assert.Equal((1_250m, "EUR", 3), (established.Value, established.Currency, established.ValuationMethod));
        Assert.Null(declaration.Content.Items[0].CustomsValue);
        Assert.Contains("323(7)", declaration.History[^1].LegalBasis);
    }

    [Fact]
    public void A_withdrawn_declaration_takes_no_value_from_customs()
    {
        var declaration = Registered();
        declaration.Withdraw("declarant", Friday, null);

        Assert.Throws<DeclarationRuleException>(() => declaration.EstablishCustomsValue("officer-3", Friday, 1, 1_250m, "EUR", 3, "decision 7"));
    }

    [Fact]
    public void A_kept_sample_reduces_the_items_value_once()
    {
        // Art. 383(4): "A declarant has the right to reduce the customs value of the declared goods by the customs value of the
        // taken samples and specimens in case said samples and specimens were seized by the customs office and not returned".
        var declaration = Registered();
        var analysis = Guid.NewGuid();

        Assert.True(declaration.KeepSample(new KeptSample(analysis, 1, 1, 300m, "officer-3", Friday)));
        Assert.False(declaration.KeepSample(new KeptSample(analysis, 1, 1, 300m, "officer-3", Friday)));
        Assert.True(declaration.KeepSample(new KeptSample(analysis, 2, 1, 150.50m, "officer-3", Friday)));

        Assert.Equal(450.50m, declaration.KeptSamplesValueRub(1));
        Assert.Contains("383(4)", declaration.History[^1].LegalBasis);
        Assert.Throws<DeclarationRuleException>(() => declaration.KeepSample(new KeptSample(analysis, 3, 2, 1m, "officer-3", Friday)));
    }
}
