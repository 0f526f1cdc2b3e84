namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>One figure of an assessment, in roubles (Art. 324(3)); the memo's flat rates also in euros.</summary>
public sealed record Figure(FigureKind Kind, decimal AmountRub, decimal? AmountEur, Trace Trace)
{
    /// <summary>A payment of Art. 318(1) or a flat rate, counted in the total (customs values and exemptions are not).</summary>
    public bool IsPayment => Kind is FigureKind.ImportDuty or FigureKind.ExportDuty or FigureKind.Excise or FigureKind.Vat or FigureKind.CustomsFee or FigureKind.FlatRate;
}
