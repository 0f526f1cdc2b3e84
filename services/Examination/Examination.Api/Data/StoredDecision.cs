using Customs.Examination.Api.Domain.Risk;

namespace Customs.Examination.Api.Data;

public sealed record StoredDecision(
    Guid DeclarationId, string RegistrationNumber, string OfficeCode, Direction Direction, DateOnly AcceptanceDate, ControlDecision Decision,
    DecisionInputs Inputs, DateTimeOffset DecidedAt);
