namespace Customs.IpRegister.Contracts;

public enum SuspensionLiftReason
{
    Unspecified = 0,

    /// <summary>The term expired without a seizure (Art. 399).</summary>
    Expired = 1,

    /// <summary>The right-holder asked for it (Art. 399).</summary>
    HolderRequest = 2,

    /// <summary>The object left the register (Art. 399).</summary>
    EntryExcluded = 3,

    /// <summary>A court decided the goods are not counterfeit (Art. 397(3)).</summary>
    CourtFoundNoInfringement = 4,

    /// <summary>Goods held with signs of infringement: no decision by the head of the office in time (Art. 397(1)).</summary>
    NoDecision = 5,

    /// <summary>Goods held with signs of infringement: the head of the office or the deputy declined to suspend (Art. 397(1)).</summary>
    DecisionDeclined = 6,

    /// <summary>
    /// Chinese office, GAC Art. 25: the holder's application to detain came without the guarantee of Art. 23 or 24, or
    /// after its 3 working days: the goods are not detained and may be released.
    /// </summary>
    NotDetained = 7,

    /// <summary>Chinese office, GAC Art. 22(2): the holder answered in writing that the goods do not infringe or need not be detained.</summary>
    HolderDeclined = 8,

    /// <summary>Chinese office, GAC Art. 27(3): the holder and the consignee or consignor agreed and applied for release.</summary>
    ReleasedByAgreement = 9,

    /// <summary>Chinese office, GAC Art. 28(2): patent goods released against the consignee's or consignor's guarantee of their value.</summary>
    ReleasedAgainstGuarantee = 10,
}
