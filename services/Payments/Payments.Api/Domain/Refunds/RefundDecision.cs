using Customs.Payments.Api.Domain.Interest;

namespace Customs.Payments.Api.Domain.Refunds;

/// <summary>
/// The resolution (Art. 355(4)): what is offset against the payer's arrears on another declaration (355(8), (9), with the
/// notice due by <see cref="OffsetNoticeBy"/>), what is paid out and when, and the interest for each day past the month.
/// </summary>
public sealed record RefundDecision(
    DateOnly DecidedOn, DateOnly RefundedOn, string OffsetDeclarationId, decimal OffsetRub, DateOnly? OffsetNoticeBy, decimal RefundRub,
    Interest.Interest Interest)
{
    /// <summary>Art. 355(7): the penalties paid or collected on the duties returned, refunded with them (none under Art. 356(2)).</summary>
    public decimal PenaltiesReturnedRub { get; init; }

    /// <summary>Art. 355(7): the interest of a deferral (Art. 336) paid on the duties returned, refunded with them.</summary>
    public decimal InterestReturnedRub { get; init; }
}
