namespace Customs.Payments.Api.Domain.Assessment;

public enum DeclarationKind
{
    Unspecified,
    Commercial,
    Passenger,
    Postal,
    /// <summary>Goods exported: export duty and the customs fee, paid by the day of declaration (Art. 329(2)).</summary>
    Export,
    /// <summary>Goods for personal use exported by an individual (a passenger; by post, a reading of the memo): nothing due.</summary>
    PersonalExport,
}
