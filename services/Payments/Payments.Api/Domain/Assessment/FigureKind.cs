namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>What a figure is: a customs value, one of the payments of Art. 318(1), a flat rate, or an exemption.</summary>
public enum FigureKind
{
    Unspecified,
    CustomsValue,
    ImportDuty,
    /// <summary>Art. 318(1)[2]: export customs duty.</summary>
    ExportDuty,
    Excise,
    Vat,
    CustomsFee,
    FlatRate,
    Exemption,
}
