namespace Customs.BuildingBlocks.Identity;

/// <summary>
/// Who may call the suite, as the <see cref="CustomsClaims.Role"/> claim of the caller's token names it
/// (<see cref="CallerRoles.Code"/>). Customs officers' roles are also <see cref="OfficerRole"/>s.
/// </summary>
public enum CallerRole
{
    /// <summary>Missing or not a role of the suite: the token is refused (Unauthenticated).</summary>
    Unspecified = 0,

    /// <summary><c>declarant</c>: the declarant's (or its customs representative's) system, identified by its taxpayer number.</summary>
    Declarant = 1,

    /// <summary><c>inspector</c>: any customs officer.</summary>
    Inspector = 2,

    /// <summary><c>deputy_head</c>: the deputy head of the customs office.</summary>
    DeputyHead = 3,

    /// <summary><c>head</c>: the head of the customs office (written decisions, e.g. Art. 397(1)).</summary>
    Head = 4,

    /// <summary><c>risk_analyst</c>: a customs officer of the risk management system.</summary>
    RiskAnalyst = 5,

    /// <summary><c>expert</c>: a customs expert (examinations of goods).</summary>
    Expert = 6,

    /// <summary><c>payer</c>: a payer of customs duties and taxes, identified by its taxpayer number.</summary>
    Payer = 7,

    /// <summary><c>bank_or_insurer</c>: a bank, credit or insurance organisation giving guarantees, by its taxpayer number.</summary>
    BankOrInsurer = 8,

    /// <summary><c>right_holder</c>: a right-holder (or its representative) in the customs register of IP objects.</summary>
    RightHolder = 9,

    /// <summary><c>service</c>: another service of the suite calling on its own behalf; the subject names it.</summary>
    Service = 10,
}
