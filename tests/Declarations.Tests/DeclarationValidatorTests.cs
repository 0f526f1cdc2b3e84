using Customs.Declarations.Api.Domain;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

public sealed class DeclarationValidatorTests
{
    [Fact]
    public void A_well_formed_commercial_import_has_no_violations()
    {
        var draft = Drafts.Draft(DeclarationKind.CommercialImport, MovementDirection.Import, Drafts.Company,
            Drafts.Item(use: IntendedUse.Commercial, netKg: 0.8m) with { CustomsValue = 100, CustomsValueCurrency = "EUR", CustomsValueMethod = 1 });

        Assert.Empty(DeclarationValidator.Validate(draft, Drafts.Rules().Assess(draft, Drafts.Today)));
    }

    [Fact]
    public void A_passenger_exports_goods_not_for_personal_use_on_a_commercial_export_declaration_not_on_the_passengers()
    {
        // The memo: goods "not classified as goods for personal use ... are subject to customs operations (including customs
        // declaration) in accordance with the procedure provided for participants of foreign economic activity".
        var export = Drafts.Luggage(MovementDirection.Export, Drafts.Item(), Drafts.Item(use: IntendedUse.Commercial, number: 2));
        var import = Drafts.Luggage(MovementDirection.Import, Drafts.Item(), Drafts.Item(use: IntendedUse.Commercial, number: 2));

        var violation = Assert.Single(DeclarationValidator.Validate(export, null));

        Assert.Equal("items[1].intended_use", violation.Field);
        Assert.Contains("commercial export declaration", violation.Description);
        Assert.DoesNotContain(DeclarationValidator.Validate(import, null), v => v.Field.EndsWith("intended_use", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_of_dispatch_is_an_ISO_country_code_when_declared()
    {
        var draft = Drafts.Draft(DeclarationKind.CommercialImport, MovementDirection.Import, Drafts.Company,
            Drafts.Item(use: IntendedUse.Commercial, netKg: 0.8m) with { CustomsValue = 100, CustomsValueCurrency = "EUR", CustomsValueMethod = 1 });

        Assert.Empty(DeclarationValidator.Validate(draft with { DispatchCountryCode = "KZ" }, null));
        Assert.Equal(["dispatch_country_code"], DeclarationValidator.Validate(draft with { DispatchCountryCode = "XX" }, null).Select(v => v.Field));
    }

    [Fact]
    public void Every_problem_of_a_filing_is_one_field_violation_named_by_its_path()
    {
        var draft = Drafts.Draft(DeclarationKind.CommercialImport, MovementDirection.Import,
            Drafts.Company with { TaxpayerNumber = "7707083894" },
            Drafts.Item(tariffCode: "62034", quantity: 0, currency: "XYZ", use: IntendedUse.Commercial, grossKg: null));

        var fields = DeclarationValidator.Validate(draft, null).Select(v => v.Field).ToList();

        Assert.Equal(
            ["declarant.taxpayer_number", "items[0].tariff_code", "items[0].quantity", "items[0].gross_weight_kg",
             "items[0].net_weight_kg", "items[0].invoice_value.currency_code", "items[0].customs_value"],
            fields);
    }

    [Fact]
    public void Unknown_enumeration_values_are_violations_not_stored_numbers()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item(declared: [(GoodsCategory)99])) with { Kind = (DeclarationKind)42 };

        var fields = DeclarationValidator.Validate(draft, null).Select(v => v.Field).ToList();

        Assert.Contains("kind", fields);
        Assert.Contains("items[0].declared_categories[0]", fields);
    }

    [Fact]
    public void Amounts_with_more_than_two_decimals_are_refused_not_rounded()
    {
        // 9,999.995 USD of cash would round half away from zero to the 10,000 USD threshold it does not reach.
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item(value: 100.005m)) with
        {
            Passenger = new PassengerDetails(9_999.995m, "USD", false, false),
        };

        var fields = DeclarationValidator.Validate(draft, null).Select(v => v.Field).ToList();

        Assert.Equal(["passenger.cash", "items[0].invoice_value"], fields);
        Assert.Empty(DeclarationValidator.Validate(draft with { Passenger = new PassengerDetails(9_999.99m, "USD", false, false), Items = [Drafts.Item(value: 100.01m)] }, null));
    }

    [Fact]
    public void A_broker_acting_for_a_principal_must_be_a_legal_person()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item()) with { Principal = Drafts.Company };

        Assert.Contains(DeclarationValidator.Validate(draft, null), v => v.Field == "principal");
    }

    [Fact]
    public void A_postal_item_needs_a_recipient()
    {
        var draft = Drafts.Draft(DeclarationKind.InternationalPostalItem, MovementDirection.Import, Drafts.Company, Drafts.Item());

        Assert.Contains(DeclarationValidator.Validate(draft, null), v => v.Field == "recipient");
    }

    [Fact]
    public void Net_weight_cannot_exceed_gross_weight()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item(grossKg: 1, netKg: 2));

        Assert.Contains(DeclarationValidator.Validate(draft, null), v => v.Field == "items[0].net_weight_kg");
    }

    [Fact]
    public void Goods_that_are_never_personal_use_are_refused_at_filing_with_the_memos_reason()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item(), Drafts.Item(tariffCode: "7102310000"));

        var violation = Assert.Single(DeclarationValidator.Validate(draft, Drafts.Rules().Assess(draft, Drafts.Today)));

        Assert.Equal("items[1].tariff_code", violation.Field);
        Assert.Contains("natural diamonds", violation.Description);
    }
}
