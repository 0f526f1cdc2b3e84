namespace Customs.Payments.Api.Domain.Reference;

public enum RateKind
{
    /// <summary>Per cent of the customs value.</summary>
    AdValorem,

    /// <summary>Euros per unit of quantity.</summary>
    Specific,

    /// <summary>"X% but not less than Y EUR per unit": the higher of the two.</summary>
    Combined,
}
