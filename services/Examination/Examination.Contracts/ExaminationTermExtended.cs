namespace Customs.Examination.Contracts;

/// <summary>
/// The officers extended the term of an inspection or examination (Art. 359(2)); the Declarations service extends the
/// declaration's check by the same working days on the same ground, so both count one term. <see cref="ExtensionId"/> names the
/// decision in both services: applied once, however often it arrives, and never announced back (ControlTermExtended).
/// </summary>
public sealed record ExaminationTermExtended
{
    public required Guid ExtensionId { get; init; }

    public required Guid ExaminationId { get; init; }

    public required Guid DeclarationId { get; init; }

    /// <summary><c>consignment_not_divided_into_lots</c> or <c>packing_and_marking_not_stated</c>.</summary>
    public required string Ground { get; init; }

    public required int WorkingDays { get; init; }

    public required string Circumstances { get; init; }

    /// <summary>The examination's last day after the extension.</summary>
    public required DateOnly DueOn { get; init; }

    public required string OfficerId { get; init; }

    public required DateTimeOffset ExtendedAt { get; init; }
}
