using Customs.BuildingBlocks.ReferenceData;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.China;
using Customs.IpRegister.Api.Domain.Reference;
using Customs.IpRegister.Api.Domain.Screening;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>
/// GAC measures Art. 31: "items carried or mailed in and out by individuals [...] suspected of infringing [...] and exceed
/// the reasonable quantity for personal use [...] shall be detained". The measures give no figure.
/// </summary>
public sealed class GacPersonalUseTests
{
    private static readonly DateOnly On = new(2026, 3, 2);

    private static ScreeningContext Passenger(Jurisdiction jurisdiction) =>
        new(DeclarationChannel.Passenger, DeclarantIsNaturalPerson: true, ForPersonalUse: true, null, On, jurisdiction);

    [Fact]
    public void The_shipped_reference_data_set_no_reasonable_quantity_and_say_so()
    {
        var reasonable = GacPersonalUse.On(On);

        Assert.False(reasonable.IsSet);
        Assert.Same(ReasonableQuantity.NotSet, reasonable);
    }

    [Fact]
    public void Without_a_reasonable_quantity_a_Chinese_office_exempts_nothing_and_never_takes_the_Russian_figure()
    {
        // Two units are within the Russian Art. 400 reference value (5): exempt in Moscow, not at a Chinese office.
        var item = new ScreenedItem(1, "8517130000", "Xiaomi", 2, PersonalUse: true);

        Assert.True(PersonalUseExemption.Applies(Passenger(Jurisdiction.Russia), item, 2));
        Assert.False(PersonalUseExemption.Applies(Passenger(Jurisdiction.China), item, 2));
    }

    [Fact]
    public void A_figure_loaded_from_an_act_is_used_as_the_reasonable_quantity()
    {
        var file = new GacPersonalUse.GacPersonalUseFile("Art. 31", "test", [new ReferenceFile.Entry<decimal>(
            new DateOnly(2026, 1, 1), null, 3m, new LegalReference("A test act", "Art. 1", new DateOnly(2025, 12, 1)))]);
        var reasonable = GacPersonalUse.On(GacPersonalUse.Load(file), On);

        Assert.Equal(3m, reasonable.Quantity);
        Assert.True(PersonalArticles.WithinReasonableQuantity(3, reasonable));
        Assert.False(PersonalArticles.WithinReasonableQuantity(4, reasonable));
        Assert.Equal(ReasonableQuantity.NotSet, GacPersonalUse.On(GacPersonalUse.Load(file), new DateOnly(2025, 12, 31)));
    }
}
