namespace Customs.Examination.Contracts;

/// <summary>
/// The risk management system chose the control of a registered declaration (Art. 358): its lane and the forms of control of
/// Art. 366 (codes such as <c>document_verification</c>, <c>examination</c>).
/// </summary>
public sealed record ControlDecided
{
    public required Guid DeclarationId { get; init; }

    public required string RegistrationNumber { get; init; }

    /// <summary><c>green</c>, <c>yellow</c>, <c>red</c> or <c>blue</c>.</summary>
    public required string Lane { get; init; }

    public required IReadOnlyList<string> Forms { get; init; }

    /// <summary><c>profile</c>, <c>random</c>, <c>top_up</c> or <c>none</c>.</summary>
    public required string SelectedBy { get; init; }

    /// <summary>The profiles whose hits were selected.</summary>
    public required IReadOnlyList<Guid> SelectedProfileIds { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }
}
