namespace Customs.Payments.Contracts;

/// <summary>
/// Whether a declaration's customs payments still stand in the way of its release, as Payments sees it now: paid in full
/// (Art. 332), nothing to pay, secured (Arts. 337(1), 338(1)), deferred (Art. 333), or still owed. Published each time the
/// answer changes; <see cref="Sequence"/> grows by one per change, so a consumer keeps the highest and ignores an older
/// one delivered late.
/// </summary>
public sealed record PaymentsStandingChanged
{
    public required string DeclarationId { get; init; }

    public required int Sequence { get; init; }

    public required bool AllowsRelease { get; init; }

    /// <summary><c>paid</c>, <c>nothing_due</c>, <c>secured</c>, <c>deferred</c>, <c>not_assessed</c>, <c>owed</c> or <c>unassessed</c>.</summary>
    public required string Basis { get; init; }

    /// <summary>Duties, penalties and interest still to pay, in roubles.</summary>
    public required decimal OwedRub { get; init; }

    /// <summary>The term of what is owed (Art. 329), when something is.</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>
    /// How many of the declaration's announcements of a quantity or value customs established (QuantityEstablished,
    /// CustomsValueEstablished) Payments has taken into its assessment: release waits until it has them all.
    /// </summary>
    public required int FactsAccounted { get; init; }

    public required string LegalBasis { get; init; }

    public required string Note { get; init; }

    public required DateTimeOffset At { get; init; }
}
