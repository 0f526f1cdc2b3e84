namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>Why a suspension ended without seizure (Arts. 397(3), 399).</summary>
public enum LiftReason
{
    Unspecified = 0,
    Expired = 1,
    HolderRequest = 2,
    EntryExcluded = 3,
    CourtFoundNoInfringement = 4,
    NoDecision = 5,
    DecisionDeclined = 6,

    /// <summary>GAC Art. 25: the holder applied to detain without the guarantee of Art. 23 or 24, or after its 3 working days.</summary>
    NotDetained = 7,

    /// <summary>GAC Art. 22(2): the holder answered in writing that the goods do not infringe or need not be detained.</summary>
    HolderDeclined = 8,

    /// <summary>GAC Art. 27(3): the holder and the consignee or consignor agreed and applied in writing for release.</summary>
    ReleasedByAgreement = 9,

    /// <summary>GAC Art. 28(2): patent goods released against the consignee's or consignor's guarantee of their value.</summary>
    ReleasedAgainstGuarantee = 10,
}
