namespace Customs.Declarations.Api.Domain;

/// <summary>
/// What the other services said that release depends on, as the declaration's release_conditions row keeps it (migration
/// 0013): Examination's control decision and completed examinations (Art. 358, 366, 372), Payments' last standing (Arts.
/// 329, 332, 337), and how many quantities or values customs established this service announced, so release waits until
/// Payments has reassessed on all of them. The IP register's part lives in the screening and suspension stores.
/// </summary>
public sealed record ReleaseInputs
{
    public static readonly ReleaseInputs None = new();

    /// <summary><c>green</c>, <c>yellow</c>, <c>red</c> or <c>blue</c>; null until Examination decided.</summary>
    public string? ControlLane { get; init; }

    public IReadOnlyList<string> ControlForms { get; init; } = [];

    public DateTimeOffset? ControlDecidedAt { get; init; }

    /// <summary>When an inspection or examination of the goods was completed, and its id.</summary>
    public DateTimeOffset? ExaminationCompletedAt { get; init; }

    public Guid? ExaminationId { get; init; }

    /// <summary>
    /// The quantities the completed examination found that differ from the declared ones (Arts. 371(3), 372(5)): each comes
    /// as its own event, and control is not done until each is recorded on the declaration.
    /// </summary>
    public IReadOnlyList<FoundQuantity> ExaminationQuantities { get; init; } = [];

    public PaymentsStanding? Payments { get; init; }

    /// <summary>QuantityEstablished and CustomsValueEstablished announcements of this declaration so far.</summary>
    public int FactsAnnounced { get; init; }
}

/// <summary>Payments' answer to "do the payments stand in the way of release", with the order it was given in.</summary>
public sealed record PaymentsStanding(
    int Sequence, bool AllowsRelease, string Basis, decimal OwedRub, DateOnly? DueOn, int FactsAccounted, string LegalBasis, string Note, DateTimeOffset At);

/// <summary>A quantity an examination found of a goods item.</summary>
public sealed record FoundQuantity(int ItemNumber, decimal Quantity);
