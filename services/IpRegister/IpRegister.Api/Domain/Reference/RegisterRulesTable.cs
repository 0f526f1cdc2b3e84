namespace Customs.IpRegister.Api.Domain.Reference;

/// <summary>The effective-dated editions of <see cref="RegisterRules"/>; a case is assessed with the edition in force on its date.</summary>
public static class RegisterRulesTable
{
    private static readonly RegisterRules[] Editions =
    [
        new()
        {
            // Customs Code 2003, Arts. 394–400, in force from 1 January 2004.
            EffectiveFrom = new DateOnly(2004, 1, 1),
            MinimumSecurity = Money.Rub(500_000m),
            MaxEntryYears = 5,
            DecisionMonths = 1,
            MaxDecisionMonths = 2,
            ApplicantNoticeDays = 3,
            SuspensionWorkingDays = 10,
            MaxExtensionWorkingDays = 10,
            PersonalUseMaxQuantity = 5m,
        },
    ];

    public static RegisterRules On(DateOnly date) =>
        Editions.Where(e => e.EffectiveFrom <= date).MaxBy(e => e.EffectiveFrom)
        ?? throw new InvalidOperationException($"No register rules are in force on {date:yyyy-MM-dd}.");
}
