namespace Customs.Payments.Api.Domain.Collection;

/// <summary>
/// One act of compulsory collection and its basis: what is owed as of its day (payments, penalties and the interest of
/// Art. 336, collected as the duties are, 336(3)), what was taken at
/// once (advances), the day by which the next step is due (the bank's execution, Art. 354(2); the payer's notice, 353(2);
/// the bailiff, 353(3)) and the articles it rests on.
/// </summary>
public sealed record CollectionAct(
    CollectionOrder Order, decimal PaymentsRub, decimal PenaltiesRub, decimal CollectedRub, DateOnly? NextStepBy, string NextStep, string Basis)
{
    /// <summary>Art. 336(3): the interest of a deferral owed as of the act's day, collected with the arrears.</summary>
    public decimal InterestRub { get; init; }

    public decimal OwedRub => PaymentsRub + PenaltiesRub + InterestRub;
}
