namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>
/// A stay of an insurer in the Register of Insurance Organisations of Art. 347(2), whose insurance contracts may be accepted
/// as security; its entry terms are the FCS's (with the insurance authority), outside the Code, so the stay records the act.
/// </summary>
public sealed record InsuranceRegisterEntry(
    Guid Id, string TaxpayerNumber, string Name, DateOnly EnteredFrom, DateOnly? ExcludedFrom, string Act, string ExclusionReason)
{
    public bool InOn(DateOnly day) => EnteredFrom <= day && (ExcludedFrom is null || day < ExcludedFrom);
}
