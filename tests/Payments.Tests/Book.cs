using Customs.Payments.Api.Data.ReferenceData;
using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Reference;

namespace Customs.Payments.Tests;

/// <summary>The shipped reference data and the rules built on it, as the service wires them.</summary>
internal static class Book
{
    public static ReferenceBook Shipped { get; } = ReferenceDataLoader.Load();

    public static Assessor Assessor()
    {
        var commercial = new CommercialRules(Shipped);
        return new Assessor(commercial, new PassengerRules(Shipped), new PostalRules(Shipped, commercial), new PersonalExportRules(Shipped));
    }

    public static ItemToAssess Item(int number, string code, decimal value, string currency = "EUR", decimal quantity = 0, decimal kg = 0, decimal litres = 0) =>
        new(number, code, value, currency, quantity, kg, litres);
}
