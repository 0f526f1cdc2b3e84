namespace Customs.IpRegister.Api.Suspensions;

/// <summary>GAC Art. 30: the decision to confiscate and the information customs knows of the goods.</summary>
public sealed record ConfiscationDecision(
    string DecisionReference, DateOnly PenaltyEffectiveOn, string GoodsName, decimal? Quantity, DateOnly? DeclaredOn, string? PlaceOfDeparture,
    string? Destination, string? OtherInformation, DateOnly? AnnouncedOn);
