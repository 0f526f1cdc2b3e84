using Customs.Payments.Api.Domain.Assessment;

namespace Customs.Payments.Api.Domain.Penalties;

public sealed record PenaltyPart(DateOnly From, DateOnly Until, int Days, decimal RatePercent, decimal AmountRub, Trace Trace);
