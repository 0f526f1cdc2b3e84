namespace Customs.Examination.Api.Domain.Experts;

/// <summary>Art. 383(3): what the office confirms before it authorises a person of 383(2) to take samples; all three must hold.</summary>
public enum AuthorisationCondition
{
    Unspecified = 0,

    /// <summary>"does not impede pursuance of the customs control procedures".</summary>
    DoesNotImpedeControl = 1,

    /// <summary>"does not affect the goods properties".</summary>
    DoesNotAffectProperties = 2,

    /// <summary>"is not conducive to evasions of dutiable payments or non-observance of the restrictions and prohibitions".</summary>
    NoEvasionOrBreachOfProhibitions = 3,
}
