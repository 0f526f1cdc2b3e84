using Customs.Declarations.Api.Domain.PersonalUse;

namespace Customs.Declarations.Api.Domain;

/// <summary>What the store holds of a declaration, to rebuild it.</summary>
public sealed record StoredDeclarationState
{
    public required Guid Id { get; init; }
    public required DeclarationDraft Content { get; init; }
    public required string FiledBy { get; init; }
    public required DateTimeOffset FiledAt { get; init; }
    public required DeclarationStatus Status { get; init; }
    public required int Version { get; init; }
    public string? RegistrationNumber { get; init; }
    public DateOnly? AcceptanceDate { get; init; }
    public DateTimeOffset? RegisteredAt { get; init; }
    public DateOnly? ControlDeadline { get; init; }
    public bool ControlDeadlineProvisional { get; init; }
    public PersonalUseAssessment? Assessment { get; init; }
    public required IReadOnlyList<StatusChange> History { get; init; }
    public required IReadOnlyList<EstablishedQuantity> EstablishedQuantities { get; init; }
    public IReadOnlyList<EstablishedCustomsValue> EstablishedValues { get; init; } = [];
    public IReadOnlyList<KeptSample> KeptSamples { get; init; } = [];
    public IReadOnlyList<ReleaseSuspension> Suspensions { get; init; } = [];
    public IReadOnlyList<ItemIpScreening> IpScreenings { get; init; } = [];
    public IReadOnlyList<ControlTermExtension> ControlTermExtensions { get; init; } = [];
    public ReleaseInputs ReleaseInputs { get; init; } = ReleaseInputs.None;
}
