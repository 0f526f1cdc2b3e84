namespace Customs.IpRegister.Api.Domain.China;

/// <summary>What became of the holder's request to detain (GAC measures Arts. 22, 25).</summary>
public enum DetentionOutcome
{
    Unspecified = 0,

    /// <summary>The 3 working days from delivery of the written notice are running and nothing has been asked.</summary>
    AwaitingHolder = 1,

    /// <summary>Art. 25: applied in time with the guarantee of Art. 23 or 24: the goods are detained.</summary>
    Detained = 2,

    /// <summary>Art. 25: no application, no sufficient guarantee or too late: "the customs shall release the goods".</summary>
    NotDetained = 3,

    /// <summary>Art. 22(2): the holder answered in writing that the goods do not infringe or need not be detained: released.</summary>
    HolderDeclined = 4,

    /// <summary>Art. 27(3): the holder and the consignee or consignor agreed and applied in writing: released.</summary>
    ReleasedByAgreement = 5,

    /// <summary>Art. 28(2): a patent whose infringement customs cannot determine: released against a guarantee of the goods' value.</summary>
    ReleasedAgainstGuarantee = 6,
}
