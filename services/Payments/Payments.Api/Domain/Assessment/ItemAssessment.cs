namespace Customs.Payments.Api.Domain.Assessment;

public sealed record ItemAssessment(int ItemNumber, string TariffCode, IReadOnlyList<Figure> Figures);
