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
}
