namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// Art. 341: what a pledge contract mortgages: "goods imported ... as well as any other property" (341(1)), its value (the
/// arrears are paid "at the expense of the value of mortgaged property", 341(3)) and where it is; goods in customs custody
/// are recovered from "without any court litigation" (341(4)).
/// </summary>
public sealed record PledgedProperty(string Description, decimal ValueRub, string Location, bool InCustomsCustody);
