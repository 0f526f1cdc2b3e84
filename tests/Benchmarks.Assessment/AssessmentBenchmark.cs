using BenchmarkDotNet.Attributes;
using Customs.Payments.Api.Data.ReferenceData;
using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Rates;

namespace Customs.Benchmarks.Assessment;

/// <summary>
/// The Payments service's <see cref="Assessor"/> on a commercial declaration of ten items (customs value, duty, excise,
/// VAT, the fee, each with its calculation trace) with the shipped reference data, as the service assesses it.
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmark
{
    public const int Items = 10;

    private static readonly DateOnly On = new(2025, 4, 4);

    private Assessor _assessor = null!;
    private RateTable _rates = null!;
    private DeclarationToAssess _declaration = null!;

    [GlobalSetup]
    public void Setup()
    {
        var book = ReferenceDataLoader.Load();
        var commercial = new CommercialRules(book);
        _assessor = new Assessor(commercial, new PassengerRules(book), new PostalRules(book, commercial), new PersonalExportRules(book));
        _rates = new RateTable(On, [new("EUR", On, 1, 93.1608m), new("USD", On, 1, 84.3830m)]);
        // Headings of the shipped sample tariff: footwear (combined), wine (specific, excise), toys, suits, bags.
        string[] codes = ["6403990000", "2204210000", "9503000000", "6203423100", "4202921100"];
        _declaration = new DeclarationToAssess("bench", DeclarationKind.Commercial, On, "",
            [.. Enumerable.Range(1, Items).Select(i => new ItemToAssess(
                i, codes[i % codes.Length], 1_000m + i, i % 2 == 0 ? "EUR" : "USD", 100 + i, 50 + i, codes[i % codes.Length] == "2204210000" ? 75 : 0))]);
    }

    [Benchmark]
    public AssessmentResult AssessTenItems() => _assessor.Assess(_declaration, _rates, null).Result;
}
