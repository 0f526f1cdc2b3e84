namespace Customs.Declarations.Api.Domain;

/// <summary>
/// Art. 359(2): customs extended the term of the goods inspection on one of the article's grounds, by the working days the
/// person responsible for the goods needs to break the consignment into categories, because the circumstances prevent
/// the officers from checking the goods against the declaration. <see cref="Id"/> names the decision in both services (an
/// extension decided on an examination in the Examination service keeps that service's id); null for extensions recorded before ids were kept.
/// </summary>
public sealed record ControlTermExtension(
    DateOnly DecidedOn, string Officer, ControlTermExtensionGround Ground, int WorkingDays, string Circumstances, DateOnly ExtendedUntil, Guid? Id = null);
