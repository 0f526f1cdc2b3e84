namespace Customs.Examination.Api.Domain.Experts;

/// <summary>Art. 378(6): "the customs authorities, the customs laboratories and other experts and organisations".</summary>
public enum CostIncurredBy
{
    Unspecified = 0,
    CustomsAuthority = 1,
    CustomsLaboratory = 2,
    Expert = 3,
    Organisation = 4,
}
