namespace Customs.IpRegister.Api.Domain.Applications;

/// <summary>The objects whose holders may ask for measures (Art. 393(1)).</summary>
public enum IpObjectKind
{
    Unspecified = 0,
    Trademark = 1,
    Copyright = 2,
    RelatedRight = 3,
    AppellationOfOrigin = 4,

    /// <summary>
    /// Recorded with the GAC only (GAC measures Art. 28(2) speaks of "patent rights"); the Russian register does not take
    /// patents (Customs Code Art. 393(1)): an application for one is refused.
    /// </summary>
    Patent = 5,
}
