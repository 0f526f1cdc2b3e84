namespace Customs.Payments.Contracts;

/// <summary>
/// Customs resolved to return duties and taxes (Arts. 355(4), 356): the part offset against the payer's arrears on
/// another declaration (355(8), (9)), the part paid out, and the interest for a refund later than a month (355(4)).
/// </summary>
public sealed record RefundDecided
{
    public required Guid RefundId { get; init; }

    public required string DeclarationId { get; init; }

    public required string PayerTaxpayerNumber { get; init; }

    /// <summary>Art. 355 or the case of Art. 356(1), as a code (overpaid, over_collected, declaration_void, ...).</summary>
    public required string Ground { get; init; }

    public required decimal RefundRub { get; init; }

    public required decimal OffsetRub { get; init; }

    /// <summary>The declaration whose arrears the offset paid; empty when nothing was offset.</summary>
    public required string OffsetDeclarationId { get; init; }

    public required decimal InterestRub { get; init; }

    public required DateOnly DecidedOn { get; init; }

    public required DateOnly RefundedOn { get; init; }

    /// <summary>Art. 355(7): the penalties paid on the duties returned, refunded with them (0 under Art. 356).</summary>
    public decimal PenaltiesReturnedRub { get; init; }

    /// <summary>Art. 355(7): the interest of a deferral (Art. 336) paid on the duties returned, refunded with them.</summary>
    public decimal DeferralInterestReturnedRub { get; init; }
}
