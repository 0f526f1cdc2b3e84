namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// A category of customs payments of Art. 318(1) ("Customs Payments and their Categories") as the assessment computes them: what an obligation keeps apart, so a
/// deferral can name "one or several categories of customs duties and taxes" (Art. 333(4)).
/// </summary>
public enum PaymentCategory
{
    Unspecified,
    /// <summary>Art. 318(1)[5]: customs fees (for customs operations; not a duty or tax: not deferred, Art. 333(1)).</summary>
    CustomsFee,
    ImportDuty,
    ExportDuty,
    /// <summary>The memo's flat rate for goods for personal use: duties and taxes as one payment.</summary>
    FlatRate,
    Excise,
    Vat,
    /// <summary>An obligation opened before the categories were kept whose assessment does not add up to it (migration 0045).</summary>
    Undivided,
}
