namespace Customs.Payments.Api.Domain.Deferrals;

/// <summary>Art. 334: the only grounds on which deferral or instalments are granted.</summary>
public enum DeferralGround
{
    Unspecified,
    /// <summary>Art. 334[1]: damage to the payer from a natural calamity or force majeure.</summary>
    NaturalCalamity,
    /// <summary>Art. 334[2]: delayed federal budget funding due to the payer, or delayed payment for a state order it fulfilled.</summary>
    DelayedBudgetFunding,
    /// <summary>Art. 334[3]: perishable goods conveyed across the customs border.</summary>
    PerishableGoods,
    /// <summary>Art. 334[4]: supplies under intergovernmental agreements.</summary>
    IntergovernmentalSupplies,
}
