namespace Customs.IpRegister.Api.Domain.China;

/// <summary>What customs records in the GAC procedure without changing where the goods stand.</summary>
public enum GacActKind
{
    Unspecified = 0,

    /// <summary>Art. 22 last paragraph (the holder) and Art. 26(2) (consignee, consignor): goods inspected with customs' consent.</summary>
    Inspection = 1,

    /// <summary>Art. 27(2): customs asked an IP authority for an advisory opinion.</summary>
    AdvisoryOpinionRequest = 2,
}
