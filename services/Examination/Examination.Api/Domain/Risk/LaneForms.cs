namespace Customs.Examination.Api.Domain.Risk;

/// <summary>What a lane means in forms of control (Art. 366), and the lane a set of forms amounts to.</summary>
public static class LaneForms
{
    private static readonly ControlForm[] Physical =
        [ControlForm.Examination, ControlForm.Inspection, ControlForm.PersonalSearch, ControlForm.PremisesInspection];

    /// <summary>The forms a random or top-up selection to the lane calls for.</summary>
    public static IReadOnlyList<ControlForm> DefaultFor(Lane lane) => lane switch
    {
        Lane.Yellow => [ControlForm.DocumentVerification],
        Lane.Red => [ControlForm.DocumentVerification, ControlForm.Examination],
        Lane.Blue => [ControlForm.Audit],
        _ => [],
    };

    /// <summary>Red with a physical form, blue with only the audit after release, yellow with others, green with none.</summary>
    public static Lane LaneOf(IReadOnlyCollection<ControlForm> forms) =>
        forms.Count == 0 ? Lane.Green
        : forms.Any(Physical.Contains) ? Lane.Red
        : forms.All(f => f == ControlForm.Audit) ? Lane.Blue
        : Lane.Yellow;

    /// <summary>How much control a lane means: red over yellow over blue over green.</summary>
    public static int Weight(Lane lane) => lane switch
    {
        Lane.Red => 3,
        Lane.Yellow => 2,
        Lane.Blue => 1,
        _ => 0,
    };
}
