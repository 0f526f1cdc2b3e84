using Customs.BuildingBlocks.ReferenceData;

namespace Customs.IpRegister.Api.Domain.Reference;

/// <summary>
/// GAC measures Art. 31: the reasonable quantity for personal use at Chinese offices, its own reference data
/// (Domain/Reference/Data/gac-personal-use.json), never the Russian Art. 400 value. The measures give no figure, so the
/// shipped file sets none: <see cref="On"/> then answers <see cref="ReasonableQuantity.NotSet"/>, a state of its own.
/// </summary>
public static class GacPersonalUse
{
    private static readonly Lazy<EffectiveSchedule<decimal>> Schedule = new(() =>
        Load(ReferenceFile.Read<GacPersonalUseFile>(typeof(GacPersonalUse).Assembly, "gac-personal-use.json")));

    /// <summary>The reasonable quantity in force on <paramref name="date"/>, or the explicit "not set".</summary>
    public static ReasonableQuantity On(DateOnly date) => On(Schedule.Value, date);

    public static ReasonableQuantity On(EffectiveSchedule<decimal> schedule, DateOnly date) =>
        schedule.At(date) is { } value ? ReasonableQuantity.Set(value.Value, value.Reference.ToString()) : ReasonableQuantity.NotSet;

    public static EffectiveSchedule<decimal> Load(GacPersonalUseFile file) =>
        ReferenceFile.Schedule("GAC Art. 31 reasonable quantity for personal use", file.Values);

    /// <summary>The file: what the parameter is, a note on its source, and its values (none while no act gives a figure).</summary>
    public sealed record GacPersonalUseFile(string Parameter, string Note, IReadOnlyList<ReferenceFile.Entry<decimal>> Values);
}
