using Customs.BuildingBlocks.ReferenceData;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Rates;
using Customs.Payments.Api.Domain.Reference;
using Customs.Payments.Api.Messaging;
using Customs.ServiceDefaults;
using static Customs.Payments.Tests.Book;
using Events = Customs.Declarations.Contracts;

namespace Customs.Payments.Tests;

/// <summary>
/// Goods for personal use exported by individuals. The memo (FCS letter 04-30/60671 of 12.12.2011): "No customs duties, flat
/// rates taxes and cumulative customs duties are imposed on goods for personal use exported by individuals from the customs
/// territory of the Customs Union", but "The following goods may not be classified as goods for personal use: ... 2) exported
/// goods subject to export customs duties" (those are a commercial export, due "not later than on the day of submission of a
/// customs declaration", Art. 329(2)). Postal items an individual sends: no Code article in the seeds; the memo's rule is
/// applied to them, a reading of the memo. The export lines are the shipped SAMPLE (4403, 7204, 1001, open-ended from 2012).
/// </summary>
public sealed class PersonalExportAssessmentTests
{
    private static AssessmentResult Assess(params ItemToAssess[] items) =>
        Assessor().Assess(new("px-1", DeclarationKind.PersonalExport, Rates.April4, "", items), Rates.OnApril4, null).Result;

    [Fact]
    public void A_personal_use_export_owes_nothing_and_each_items_trace_quotes_the_memo()
    {
        // A laptop worth 2,500 EUR and a coat worth 15,000 EUR (over the import allowance of 10,000 EUR, which exports do not have):
        // no duty, no flat rate, no fee; each item a 0 exemption.
        var result = Assess(Item(1, "8471300000", 2_500m, kg: 2), Item(2, "6201110000", 15_000m, kg: 3));

        Assert.Equal(0m, result.Total);
        Assert.Empty(result.DeclarationFigures);
        Assert.All(result.Items, i => Assert.Equal((FigureKind.Exemption, 0m), (Assert.Single(i.Figures).Kind, i.Figures[0].AmountRub)));
        var trace = result.Items[1].Figures[0].Trace;
        Assert.StartsWith("nothing_due: the memo, \"No customs duties, flat rates taxes and cumulative customs duties are imposed on goods for personal use exported by individuals", trace.Rule);
        Assert.Contains("a reading of the memo", trace.Rule);
        Assert.Equal("item 2 (code 6201110000): goods for personal use exported by an individual", trace.Base);
        Assert.StartsWith("FCS of Russia letter 04-30/60671 of 12.12.2011", trace.LegalReference);
    }

    [Fact]
    public void Nothing_due_needs_no_exchange_rate()
    {
        // 50,000 JPY: no rate of the day is loaded for it; nothing is converted, since nothing is due whatever the value.
        var result = Assessor().Assess(new("px-2", DeclarationKind.PersonalExport, Rates.April4, "", [Item(1, "9006590000", 50_000m, "JPY")]),
            new RateTable(Rates.April4, []), null).Result;

        Assert.Equal(0m, result.Total);
        Assert.Empty(result.RatesUsed);
    }

    [Fact]
    public void Goods_with_an_export_duty_line_are_not_assessed_as_personal_use()
    {
        // 30 kg of ferrous scrap (7204: 5%, the sample line) named by an officer's assessment: refused, not assessed at 0.
        var refused = Assert.Throws<RuleViolationException>(() => Assess(Item(1, "6201110000", 100m), Item(2, "7204410000", 300m, kg: 30)));

        Assert.Equal(PaymentErrors.NotForPersonalUse, refused.Reason);
        Assert.Contains("Item 2 (code 7204410000) has an export duty line", refused.Message);
    }

    [Fact]
    public void A_passengers_export_of_personal_goods_is_assessed_as_a_personal_export()
    {
        var declaration = RegisteredDeclaration.ToAssess(Registered(Events.DeclarationKind.PassengerAccompaniedLuggage, Events.PartyKind.NaturalPerson));

        Assert.Equal(DeclarationKind.PersonalExport, declaration?.Kind);
        Assert.Equal(["6201110000"], declaration!.Items.Select(i => i.TariffCode));
    }

    [Fact]
    public void A_postal_export_of_goods_for_personal_use_is_a_personal_export_as_a_reading_of_the_memo()
    {
        // Sent by the individual, or declared by the post operator for the sender: the goods for personal use are the individual's.
        Assert.Equal(DeclarationKind.PersonalExport,
            RegisteredDeclaration.ToAssess(Registered(Events.DeclarationKind.InternationalPostalItem, Events.PartyKind.NaturalPerson))?.Kind);
        Assert.Equal(DeclarationKind.PersonalExport,
            RegisteredDeclaration.ToAssess(Registered(Events.DeclarationKind.InternationalPostalItem, Events.PartyKind.LegalPerson))?.Kind);
        // Goods for commercial use in a parcel are no personal-use export: not assessed (KIND_NOT_ASSESSED), as before.
        var commercial = Registered(Events.DeclarationKind.InternationalPostalItem, Events.PartyKind.LegalPerson);
        Assert.Null(RegisteredDeclaration.ToAssess(commercial with { Items = [commercial.Items[0] with { IntendedUse = Events.IntendedUse.Commercial }] }));
    }

    [Fact]
    public void A_passengers_export_with_goods_for_commercial_use_is_not_assessed_as_personal_use()
    {
        var message = Registered(Events.DeclarationKind.PassengerAccompaniedLuggage, Events.PartyKind.NaturalPerson);

        Assert.Null(RegisteredDeclaration.ToAssess(message with { Items = [message.Items[0] with { IntendedUse = Events.IntendedUse.Commercial }] }));
    }

    [Fact]
    public void Nothing_due_allows_release()
    {
        // Art. 329(2): an export's term is the day of the declaration; an obligation of 0 is "nothing_due" and holds nothing.
        var standing = ReleaseStanding.Of(new Obligation("px-1", PaymentTerm.ForExport(Rates.April4), 0, 0, 0, 0, null), null, 0);

        Assert.Equal((true, "nothing_due", 0m), (standing.AllowsRelease, standing.Basis, standing.OwedRub));
    }

    [Fact]
    public void The_export_lines_of_a_day_are_final_only_when_every_line_is_closed_on_it_and_the_day_is_over()
    {
        var reference = new LegalReference("Decree", "heading", new DateOnly(2024, 1, 10));
        static EffectiveSchedule<TariffRate> Schedule(params EffectiveValue<TariffRate>[] values) => new("export", values);
        var rate = new TariffRate(RateKind.AdValorem, 5, null, null);
        var closed = new CodeLines<TariffRate>("export duty tariff", new Dictionary<string, EffectiveSchedule<TariffRate>>
        {
            ["7204"] = Schedule(new EffectiveValue<TariffRate>(new(2024, 2, 1), new DateOnly(2024, 12, 31), rate, reference)),
            ["4403"] = Schedule(
                new EffectiveValue<TariffRate>(new(2024, 2, 1), new DateOnly(2024, 6, 30), rate, reference),
                new EffectiveValue<TariffRate>(new(2024, 7, 1), null, rate, reference)),
        });
        var today = new DateOnly(2026, 12, 3);

        // 15.03.2024: both lines in force, both closed, the day long over: final.
        var march = ExportDutyLines.On(closed, new(2024, 3, 15), today);
        // 15.08.2024: 4403's value is open-ended (a later value may close it): not final.
        var august = ExportDutyLines.On(closed, new(2024, 8, 15), today);
        // 15.01.2024: no line in force yet: nothing answered, but a line could have been given a value then: not final.
        var january = ExportDutyLines.On(closed, new(2024, 1, 15), today);
        // The shipped sample: every line open-ended: never final.
        var shipped = ExportDutyLines.On(Shipped.ExportTariff, Rates.April4, today);

        Assert.Equal(["4403", "7204"], march.Lines.Select(l => l.Prefix));
        Assert.True(march.Final);
        Assert.Equal((2, false), (august.Lines.Count, august.Final));
        Assert.Equal((0, false), (january.Lines.Count, january.Final));
        Assert.Equal(["1001", "4403", "7204"], shipped.Lines.Select(l => l.Prefix));
        Assert.False(shipped.Final);
        // A day not yet over everywhere is not final even when closed: a line could still be added for it.
        Assert.False(ExportDutyLines.On(closed, new(2024, 3, 15), new DateOnly(2024, 3, 16)).Final);
    }

    private static Events.DeclarationRegistered Registered(Events.DeclarationKind kind, Events.PartyKind declarant) => new()
    {
        DeclarationId = Guid.NewGuid(), RegistrationNumber = "10005020/040425/0000001", Kind = kind, CustomsOfficeCode = "10005020",
        AcceptanceDate = Rates.April4, RegisteredAt = new DateTimeOffset(2025, 4, 4, 9, 0, 0, TimeSpan.Zero), Direction = Events.MovementDirection.Export,
        Declarant = new() { Kind = declarant, Name = "Ivan Petrov", Address = "Moscow, Tverskaya 1", CountryCode = "RU" },
        ForPersonalUse = false,
        Items =
        [
            new()
            {
                Number = 1, Description = "coat", TariffCode = "6201110000", OriginCountryCode = "IT", Quantity = 1, Unit = "pcs", InvoiceValue = 500,
                InvoiceCurrency = "EUR", IntendedUse = Events.IntendedUse.Personal,
            },
        ],
    };
}
