using Customs.BuildingBlocks.Identity;

namespace Customs.Declarations.Api.Domain;

/// <summary>Art. 397(1): the written decision of the head of the customs office or the deputy to suspend release, as announced.</summary>
public sealed record SuspensionDecision(Guid SuspensionId, DateOnly DecidedOn, string Reference, string DecidedByRole, DateOnly SuspendedUntil)
{
    /// <summary>Who decided, in words: the role code of the suite (<see cref="OfficerRoles"/>), or the code as announced.</summary>
    public string Decider => OfficerRoles.Parse(DecidedByRole) switch
    {
        OfficerRole.Head => "the head of the customs office",
        OfficerRole.DeputyHead => "the deputy head of the customs office",
        _ => DecidedByRole,
    };

    public string Note => $"suspension {SuspensionId}: suspended by the decision of {Decider}, {Reference}, until {SuspendedUntil:yyyy-MM-dd}";
}
