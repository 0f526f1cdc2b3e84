namespace Customs.Declarations.Api.Domain;

/// <summary>One transition of the lifecycle: who, when, on what legal basis.</summary>
public sealed record StatusChange(
    int Sequence, DeclarationStatus From, DeclarationStatus To, string Actor, DateTimeOffset At, string LegalBasis, string? Note);
