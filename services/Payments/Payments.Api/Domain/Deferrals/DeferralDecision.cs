namespace Customs.Payments.Api.Domain.Deferrals;

/// <summary>
/// The written decision (Art. 333(7)): the term granted or the reason of refusal. An approval states the new term, the
/// schedule with its interest (Art. 336), the penalty charged up to the decision (Art. 349(2)) and the security it is
/// conditional on (Arts. 333(5), 337(1)[1]).
/// </summary>
public sealed record DeferralDecision(
    DeferralStatus Outcome, DateOnly DecidedOn, bool DecidedLate, DeferralRefusalGround RefusalGround, string RefusalReason,
    DateOnly? OriginalDueDate, DateOnly? NewDueDate, decimal InterestRub, decimal PenaltyChargedRub,
    bool SecurityRequired, decimal SecurityRequiredRub, string SecurityReference, IReadOnlyList<Instalment> Schedule);
