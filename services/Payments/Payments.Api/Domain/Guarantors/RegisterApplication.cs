namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>
/// A written application for the register with the codes of its documents (Art. 343(5)) and what they establish;
/// <see cref="DecideBy"/> is 30 days from the submission (343(7)).
/// </summary>
public sealed record RegisterApplication(
    string Reference, string TaxpayerNumber, string Name, GuarantorKind Kind, IReadOnlyList<string> Documents, EntryFacts Facts, DateOnly SubmittedOn)
{
    public DateOnly DecideBy => RegisterRules.DecideBy(SubmittedOn);

    public bool SameContent(RegisterApplication other) =>
        other.TaxpayerNumber == TaxpayerNumber && other.Name == Name && other.Kind == Kind && other.Facts == Facts && other.SubmittedOn == SubmittedOn
        && other.Documents.Order(StringComparer.Ordinal).SequenceEqual(Documents.Order(StringComparer.Ordinal));
}
