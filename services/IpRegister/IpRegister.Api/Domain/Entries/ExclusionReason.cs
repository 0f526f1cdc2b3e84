namespace Customs.IpRegister.Api.Domain.Entries;

/// <summary>Art. 395(3): the only grounds on which an object leaves the register.</summary>
public enum ExclusionReason
{
    Unspecified = 0,

    /// <summary>The right-holder or its representative asked for it.</summary>
    HolderRequest = 1,

    /// <summary>The security of Art. 395(2) lapsed or fell below the minimum.</summary>
    SecurityLapsed = 2,

    /// <summary>The object's legal protection ended.</summary>
    ProtectionEnded = 3,

    /// <summary>The holder did not go to the competent authority within a suspension (Art. 397).</summary>
    NoCourtApplicationWithinSuspension = 4,
}
