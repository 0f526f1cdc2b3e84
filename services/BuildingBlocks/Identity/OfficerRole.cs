namespace Customs.BuildingBlocks.Identity;

/// <summary>The role of a customs officer calling a service of the suite, as its token names it (<see cref="CallerIdentity.OfficerRole"/>).</summary>
public enum OfficerRole
{
    /// <summary>Missing or not a role of the suite: no officer's action is allowed.</summary>
    Unspecified = 0,

    /// <summary><c>inspector</c>: any customs officer.</summary>
    Inspector = 1,

    /// <summary><c>deputy_head</c>: the deputy head of the customs office.</summary>
    DeputyHead = 2,

    /// <summary><c>head</c>: the head of the customs office (written decisions, e.g. Art. 397(1)).</summary>
    Head = 3,
}
