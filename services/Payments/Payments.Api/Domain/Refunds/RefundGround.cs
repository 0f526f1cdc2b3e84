namespace Customs.Payments.Api.Domain.Refunds;

/// <summary>Why duties and taxes are returned: Art. 355 (paid or collected in excess) or a case of Art. 356(1).</summary>
public enum RefundGround
{
    Unspecified,
    /// <summary>Art. 355(1): paid in excess of the amounts the law sets.</summary>
    Overpaid,
    /// <summary>Art. 355(1): collected in excess.</summary>
    OverCollected,
    /// <summary>Art. 356(1)[1]: the declaration is regarded as void.</summary>
    DeclarationVoid,
    /// <summary>Art. 356(1)[2]: the declaration is withdrawn.</summary>
    DeclarationWithdrawn,
    /// <summary>Art. 356(1)[3]: a tariff privilege granted as a refund.</summary>
    TariffPrivilege,
    /// <summary>Art. 356(1)[4]: most-favoured-nation status or tariff preferences reinstated.</summary>
    PreferencesReinstated,
    /// <summary>Art. 356(1)[5]: exportation, destruction, abandonment to the state or re-importation.</summary>
    ExportationOrDestruction,
    /// <summary>Art. 356(1)[6]: an authorised change of procedure with smaller duties.</summary>
    ProcedureChanged,
    /// <summary>Art. 356(1)[7]: temporary, special, anti-dumping or countervailing duties.</summary>
    SpecialDuties,
}
