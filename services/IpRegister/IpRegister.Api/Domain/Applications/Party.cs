namespace Customs.IpRegister.Api.Domain.Applications;

/// <summary>A right-holder or applicant: name and address are told to the declarant on a suspension (Art. 397(2)).</summary>
public sealed record Party(string Name, string Address, string? TaxpayerNumber = null);
