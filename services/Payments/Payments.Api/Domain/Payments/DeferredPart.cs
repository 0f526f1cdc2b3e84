namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// A part of the duties and taxes whose term a deferral or instalments moved (Art. 333(2)): the principal due by
/// <see cref="DueOn"/>; until then it bears the interest of Art. 336(1), after it the penalty of Art. 349(2).
/// </summary>
public sealed record DeferredPart(DateOnly DueOn, decimal PrincipalRub);
