namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>
/// Art. 399(1): what kept suspended goods from release: a court's finding of counterfeit (Art. 397(3)), or a duly
/// empowered authority's withdrawal or sequester (administrative seizure) or confiscation before the term expired.
/// </summary>
public enum SeizureAct
{
    Unspecified = 0,
    CourtDecision = 1,
    AdministrativeSeizure = 2,
    Confiscation = 3,
}
