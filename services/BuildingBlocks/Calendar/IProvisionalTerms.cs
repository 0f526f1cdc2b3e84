using Npgsql;

namespace Customs.BuildingBlocks.Calendar;

/// <summary>
/// A service's deadlines that were counted provisionally (across a year without its official act). When the calendar
/// data of a jurisdiction change, <see cref="ProvisionalTermsRefresh"/> asks each of these to count them again.
/// </summary>
public interface IProvisionalTerms
{
    /// <summary>What the records are, for the log: "Art. 359 control deadlines".</summary>
    string Name { get; }

    /// <summary>
    /// Counts again, with <paramref name="calendar"/>, every record of its jurisdiction still flagged provisional, in the
    /// caller's transaction; returns how many changed (date or flag).
    /// </summary>
    Task<int> RecomputeAsync(WorkingCalendar calendar, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct);
}
