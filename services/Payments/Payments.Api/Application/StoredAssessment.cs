using Customs.Payments.Api.Domain.Assessment;

namespace Customs.Payments.Api.Application;

public sealed record StoredAssessment(
    string DeclarationId, int Version, DeclarationKind Kind, DateOnly AcceptanceDate, AssessmentResult Result, DateTimeOffset AssessedAt);
