namespace Customs.Examination.Api.Domain.Risk;

/// <summary>How a decision reached its lane: a profile, the random quota, the top-up to the expected rates, or nothing (green).</summary>
public enum SelectedBy
{
    None = 0,
    Profile = 1,
    Random = 2,
    TopUp = 3,
}
