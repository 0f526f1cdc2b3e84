using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>The memo's list of 15 cases where a passenger declaration must be written.</summary>
public sealed class MandatoryDeclarationTests
{
    private static int[] Cases(DeclarationDraft draft) =>
        [.. Drafts.Rules().Assess(draft, Drafts.Today).MandatoryDeclarationRules.Select(r => r.Number)];

    [Fact]
    public void Imported_goods_worth_more_than_10000_euro_must_be_declared_in_writing() =>
        Assert.Equal([1], Cases(Drafts.Luggage(MovementDirection.Import, Drafts.Item(value: 6000), Drafts.Item(value: 4500))));

    [Fact]
    public void Imported_goods_weighing_more_than_50_kg_must_be_declared_in_writing() =>
        Assert.Equal([1], Cases(Drafts.Luggage(MovementDirection.Import, Drafts.Item(grossKg: 30), Drafts.Item(grossKg: 21))));

    [Fact]
    public void Goods_of_9000_euro_and_48_kg_need_no_written_declaration() =>
        Assert.Empty(Cases(Drafts.Luggage(MovementDirection.Import, Drafts.Item(value: 9000, grossKg: 48))));

    [Fact]
    public void Values_in_other_currencies_are_converted_at_the_rate_of_the_day()
    {
        // 1,000,000 RUB at 92.50 RUB/EUR is about 10,811 EUR: over the limit.
        Assert.Equal([1], Cases(Drafts.Luggage(MovementDirection.Import, Drafts.Item(value: 1_000_000, currency: "RUB"))));
    }

    [Fact]
    public void Cash_over_10000_dollars_must_be_declared_in_either_direction()
    {
        var draft = Drafts.Luggage(MovementDirection.Export, Drafts.Item()) with { Passenger = new PassengerDetails(10_001, "USD", false, false) };

        var rule = Assert.Single(Drafts.Rules().Assess(draft, Drafts.Today).MandatoryDeclarationRules);

        Assert.Equal(2, rule.Number);
        Assert.Contains("cash", rule.Text);
    }

    [Fact]
    public void More_than_3_litres_of_imported_alcohol_must_be_declared_and_3_litres_need_not()
    {
        Assert.Equal([9], Cases(Drafts.Luggage(MovementDirection.Import, Drafts.Item("2204210000", 2, "l"), Drafts.Item("2208301100", 1.5m, "l"))));
        Assert.Empty(Cases(Drafts.Luggage(MovementDirection.Import, Drafts.Item("2204210000", 3, "l"))));
    }

    [Fact]
    public void Alcohol_of_an_imported_passenger_declaration_must_be_given_in_litres()
    {
        var finding = Assert.Single(Drafts.Rules().Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item("2204210000", 4, "pcs")), Drafts.Today).Refusals);

        Assert.Equal(FindingKind.AlcoholNotInLitres, finding.Kind);
    }

    [Theory]
    [InlineData("9706000000", GoodsCategory.Unspecified, 4)]
    [InlineData("9701100000", GoodsCategory.CulturalValuables, 4)]
    [InlineData("7103910000", GoodsCategory.Unspecified, 5)]
    [InlineData("4203300000", GoodsCategory.Cites, 7)]
    [InlineData("9303201000", GoodsCategory.Unspecified, 8)]
    [InlineData("3004900009", GoodsCategory.NarcoticMedicine, 10)]
    [InlineData("8525600000", GoodsCategory.Unspecified, 11)]
    [InlineData("8471300000", GoodsCategory.Encryption, 12)]
    [InlineData("9101110000", GoodsCategory.Inherited, 13)]
    public void Goods_of_a_listed_kind_must_be_declared_in_writing_whatever_their_value(string tariffCode, GoodsCategory declared, int memoCase)
    {
        var item = Drafts.Item(tariffCode, declared: declared == GoodsCategory.Unspecified ? [] : [declared]);

        Assert.Equal([memoCase], Cases(Drafts.Luggage(MovementDirection.Import, item)));
    }

    [Fact]
    public void Exported_state_rewards_must_be_declared_but_not_imported_ones()
    {
        var item = Drafts.Item("7117190000", declared: [GoodsCategory.StateReward]);

        Assert.Equal([6], Cases(Drafts.Luggage(MovementDirection.Export, item)));
        Assert.Empty(Cases(Drafts.Luggage(MovementDirection.Import, item)));
    }

    [Fact]
    public void Accompanied_luggage_must_be_declared_when_there_is_unaccompanied_luggage_too()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item()) with { Passenger = new PassengerDetails(0, null, false, true) };

        Assert.Equal([14], Cases(draft));
    }

    [Fact]
    public void Monetary_instruments_must_be_declared()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item()) with { Passenger = new PassengerDetails(0, null, true, false) };

        Assert.Equal([3], Cases(draft));
    }

    [Fact]
    public void Commercial_goods_in_a_passengers_luggage_must_be_declared_under_case_15() =>
        Assert.Equal([15], Cases(Drafts.Luggage(MovementDirection.Import, Drafts.Item(use: IntendedUse.Commercial))));

    [Fact]
    public void A_commercial_declaration_is_not_assessed_for_written_passenger_declaration() =>
        Assert.Empty(Cases(Drafts.Draft(DeclarationKind.CommercialImport, MovementDirection.Import, Drafts.Company,
            Drafts.Item(value: 50_000, use: IntendedUse.Commercial))));
}
