namespace Customs.Declarations.Contracts;

/// <summary>
/// An officer extended the declaration's check (Art. 359(2), <c>ExtendControlTerm</c>); the Examination service moves the open
/// examination's term by the same working days, so both count one term. Published only for extensions decided here: one the
/// Examination service decided (ExaminationTermExtended) is not announced back. <see cref="ExtensionId"/> names the decision in both.
/// </summary>
public sealed record ControlTermExtended
{
    public required Guid ExtensionId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required string RegistrationNumber { get; init; }

    /// <summary><c>consignment_not_divided_into_lots</c> or <c>packing_and_marking_not_stated</c>.</summary>
    public required string Ground { get; init; }

    public required int WorkingDays { get; init; }

    public required string Circumstances { get; init; }

    /// <summary>The check's last day after the extension.</summary>
    public required DateOnly DueOn { get; init; }

    public required string OfficerId { get; init; }

    public required DateTimeOffset ExtendedAt { get; init; }
}
