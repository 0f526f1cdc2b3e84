namespace Customs.IpRegister.Api.Domain.China;

/// <summary>
/// GAC measures Art. 30: on deciding to confiscate, customs tells the holder in writing "the following known information":
/// (1) name and quantity of the goods, (2) consignee and consignor, (3) the dates of the import or export declaration, of
/// the detention and of the penalty decision's effect, (4) place of departure and destination, (5) anything else customs
/// can provide. "Known": an item customs does not know stays empty rather than guessed. Art. 32: when the parties cannot
/// be identified, the day of the customs announcement and the first day the goods may be confiscated.
/// </summary>
public sealed record ConfiscationNotice(
    string GoodsName,
    decimal? Quantity,
    string? Consignee,
    string? Consignor,
    DateOnly? DeclaredOn,
    DateOnly DetainedOn,
    DateOnly? PenaltyEffectiveOn,
    string? PlaceOfDeparture,
    string? Destination,
    string? OtherInformation,
    DateOnly? AnnouncedOn = null,
    DateOnly? ConfiscableFrom = null,
    string? DecisionReference = null);
