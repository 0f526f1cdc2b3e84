namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// A part of the duties and taxes whose term a deferral or instalments moved (Art. 333(2)): the principal due by
/// <see cref="DueOn"/>; until then it bears the interest of Art. 336(1), after it the penalty of Art. 349(2).
/// </summary>
public sealed record DeferredPart(DateOnly DueOn, decimal PrincipalRub)
{
    /// <summary>Art. 333(4): the category the part is of; null for a part of the whole amount (no category named, or before migration 0045).</summary>
    public PaymentCategory? Category { get; init; }
}
