namespace Customs.IpRegister.Api.Domain.Applications;

/// <summary>A guarantee or a liability insurance contract securing the obligation of Art. 394(4) (Art. 395(2)).</summary>
public sealed record Security(SecurityKind Kind, Money Amount, string Reference, DateOnly ValidUntil);
