using Customs.Declarations.V1;
using Google.Rpc;
using Google.Type;
using Grpc.Core;

namespace Customs.Suite.Tests.Declarations;

[Collection(GraphCollection.Name)]
public sealed class PassengerTests(GraphFixture graph) : IDisposable
{
    private readonly DeclarationCalls _calls = new(graph);

    private static FileDeclarationRequest Luggage(params GoodsItem[] items)
    {
        var request = new FileDeclarationRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Kind = DeclarationKind.PassengerAccompaniedLuggage,
            Direction = MovementDirection.Import,
            CustomsOfficeCode = "10005020",
            Declarant = new Party { Kind = PartyKind.NaturalPerson, Name = "Ivan Petrov", Address = "Moscow, Tverskaya 1", CountryCode = "RU" },
            PresentationDate = new Date { Year = 2026, Month = 3, Day = 2 },
            PresentationPlace = "Sheremetyevo, terminal D, red channel",
        };
        request.Items.AddRange(items);
        return request;
    }

    private static GoodsItem Item(string tariffCode, long quantity, string unit, long valueEur, long grossKg) => new()
    {
        Description = "goods", TariffCode = tariffCode, OriginCountryCode = "FR", Quantity = WireDecimals.Dec(quantity), Unit = unit,
        GrossWeightKg = WireDecimals.Dec(grossKg), InvoiceValue = new Money { CurrencyCode = "EUR", Units = valueEur },
        IntendedUse = IntendedUse.Personal,
    };

    [Fact]
    public async Task A_passengers_declaration_says_which_memo_cases_made_it_mandatory()
    {
        var filed = (await _calls.Client.FileDeclarationAsync(
            Luggage(Item("2204210000", 4, "l", 120, 5), Item("9102110000", 1, "pcs", 11_000, 1)), _calls.AsDeclarant)).Declaration;

        Assert.True(filed.ForPersonalUse);
        Assert.True(filed.PersonalUseAssessment.WrittenDeclarationMandatory);
        Assert.Equal([1, 9], filed.PersonalUseAssessment.MandatoryDeclarationRules.Select(r => r.Number));
    }

    [Fact]
    public async Task Goods_valued_in_a_currency_without_a_rate_of_the_day_must_be_declared_in_writing_and_the_decision_says_why()
    {
        var item = Item("6203420000", 1, "pcs", 100, 1);
        item.InvoiceValue.CurrencyCode = "USD";

        // No USD rate is imported into the test graph's Payments for the service's day (only 2025's shipped sample has one).
        var assessment = (await _calls.Client.FileDeclarationAsync(Luggage(item), _calls.AsDeclarant)).Declaration.PersonalUseAssessment;

        var rule = Assert.Single(assessment.MandatoryDeclarationRules);
        Assert.Equal(1, rule.Number);
        Assert.Contains("no exchange rate USD/EUR", rule.Note);
        var conversion = Assert.Single(assessment.Conversions);
        Assert.Equal((1, 1, "EUR", assessment.AssessedOn), (conversion.MemoCase, conversion.ItemNumber, conversion.ToCurrency, conversion.RateNeededOn));
        Assert.Equal((null, null), (conversion.Converted, conversion.RateDate));
    }

    [Fact]
    public async Task Cash_in_several_currencies_is_kept_per_currency_and_each_is_converted_at_the_rate_of_the_day_for_the_total()
    {
        var request = Luggage(Item("6203420000", 1, "pcs", 100, 1));
        request.Passenger = new PassengerDetails { Cash = new Money { CurrencyCode = "USD", Units = 6_000 } };
        request.Passenger.MoreCash.Add(new Money { CurrencyCode = "EUR", Units = 4_000, Nanos = 500_000_000 });

        var filed = (await _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant)).Declaration;

        // No USD rate is in force on the service's day in the test graph's Payments: the euros cannot be converted into the
        // limit's currency, so the total is not known to be under 10,000 USD and the memo's case 2 applies, naming the missing rate.
        Assert.Equal(("EUR", 4_000, 500_000_000), (filed.Passenger.MoreCash[0].CurrencyCode, filed.Passenger.MoreCash[0].Units, filed.Passenger.MoreCash[0].Nanos));
        var rule = Assert.Single(filed.PersonalUseAssessment.MandatoryDeclarationRules, r => r.Number == 2);
        Assert.Contains("no exchange rate EUR/USD", rule.Note);
        var conversion = Assert.Single(filed.PersonalUseAssessment.Conversions, c => c.MemoCase == 2);
        Assert.Equal(("EUR", "USD", filed.PersonalUseAssessment.AssessedOn), (conversion.Amount.CurrencyCode, conversion.ToCurrency, conversion.RateNeededOn));
    }

    [Fact]
    public async Task Cash_given_twice_in_one_currency_is_refused_on_that_entry()
    {
        var request = Luggage(Item("6203420000", 1, "pcs", 100, 1));
        request.Passenger = new PassengerDetails { Cash = new Money { CurrencyCode = "USD", Units = 6_000 } };
        request.Passenger.MoreCash.Add(new Money { CurrencyCode = "USD", Units = 5_000 });

        var error = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("passenger.more_cash[0].currency_code", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task Natural_diamonds_in_a_passengers_luggage_are_refused_with_the_memos_reason()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.FileDeclarationAsync(
            Luggage(Item("7102310000", 2, "ct", 3_000, 1)), _calls.AsDeclarant).ResponseAsync);

        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal(("items[0].tariff_code", true), (violation.Field, violation.Description.Contains("natural diamonds")));
    }

    [Fact]
    public async Task A_radio_transmitter_is_released_only_on_the_reference_of_its_permit()
    {
        using (var payments = new Payments.PaymentsDriver(graph.App))
        {
            await Payments.TodaysTestRates.ImportAsync(graph.App, payments);
        }

        var filed = (await _calls.Client.FileDeclarationAsync(Luggage(Item("8525600000", 1, "pcs", 900, 2)), _calls.AsDeclarant)).Declaration;
        await _calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, _calls.AsOfficer());
        var screened = await _calls.ScreenedAsync(filed.DeclarationId);
        // Green and nothing to pay (900 EUR, 2 kg): only the permit stands in the way, and only an officer receives it.
        await _calls.ConditionAsync(filed.DeclarationId, ReleaseConditionKind.CustomsControl, c => c.Met, "the green lane");
        var waiting = await _calls.ConditionAsync(filed.DeclarationId, ReleaseConditionKind.Payments, c => c.Met, "nothing to pay");
        var release = new ReleaseGoodsRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = screened.Version };

        var withoutPermit = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.ReleaseGoodsAsync(release, _calls.AsOfficer()).ResponseAsync);
        release.PresentedDocuments.Add(new PresentedDocument
        {
            ItemNumber = 1, Document = new GoodsDocument { Kind = DocumentKind.RadioFrequencyPermit, Reference = "RKN-2026-5531" },
        });
        var released = (await _calls.Client.ReleaseGoodsAsync(release, _calls.AsOfficer())).Declaration;

        Assert.Equal(StatusCode.FailedPrecondition, withoutPermit.StatusCode);
        Assert.Contains("RadioFrequencyPermit", withoutPermit.Status.Detail);
        Assert.Equal((DeclarationStatus.UnderControl, false, "officer"), (waiting.Status, waiting.ReleaseConditions.Automatic,
            waiting.ReleaseConditions.Conditions.Single(c => c.Kind == ReleaseConditionKind.Permits).WaitingFor));
        Assert.Equal(DeclarationStatus.Released, released.Status);
    }

    [Fact]
    public async Task Six_litres_of_wine_or_wine_for_a_passenger_under_18_are_refused_and_five_litres_pay_on_two()
    {
        // Memo, duties 4: 3 to 5 litres inclusive with payment, more is not personal use; duty-free 2: aged over 18.
        var over = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.FileDeclarationAsync(
            Luggage(Item("2204210000", 6, "l", 120, 7)), _calls.AsDeclarant).ResponseAsync);
        var minor = Luggage(Item("2204210000", 1, "l", 20, 2));
        minor.Passenger = new PassengerDetails { DateOfBirth = new Date { Year = 2010, Month = 1, Day = 1 } };
        var underAge = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.FileDeclarationAsync(minor, _calls.AsDeclarant).ResponseAsync);
        var adult = Luggage(Item("2204210000", 5, "l", 100, 6));
        adult.Passenger = new PassengerDetails { DateOfBirth = new Date { Year = 1980, Month = 6, Day = 1 } };
        var filed = (await _calls.Client.FileDeclarationAsync(adult, _calls.AsDeclarant)).Declaration;

        Assert.Equal("items[0].quantity", Assert.Single(over.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        Assert.Contains("aged over 18", Assert.Single(underAge.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Description);
        var dutiable = Assert.Single(filed.PersonalUseAssessment.Findings);
        Assert.Equal((FindingKind.AlcoholDutiable, true), (dutiable.Kind, dutiable.Rule.Contains("20.00 EUR")));
        Assert.Equal(1980, filed.Passenger.DateOfBirth.Year);
    }

    public void Dispose() => _calls.Dispose();
}
