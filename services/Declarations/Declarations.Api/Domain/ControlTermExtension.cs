namespace Customs.Declarations.Api.Domain;

/// <summary>
/// Art. 359(2): customs extended the term of the goods inspection on one of the article's grounds, by the working days the
/// person responsible for the goods needs to break the consignment into categories, because the circumstances prevent
/// the officers from checking the goods against the declaration.
/// </summary>
public sealed record ControlTermExtension(
    DateOnly DecidedOn, string Officer, ControlTermExtensionGround Ground, int WorkingDays, string Circumstances, DateOnly ExtendedUntil);
