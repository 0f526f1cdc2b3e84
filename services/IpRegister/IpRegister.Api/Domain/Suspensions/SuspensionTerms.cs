using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Reference;

namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>The working-day terms of a suspension under each rule set.</summary>
public sealed record SuspensionTerms(int InitialWorkingDays, int MaxExtensionWorkingDays, string LegalBasis)
{
    public static SuspensionTerms For(Jurisdiction jurisdiction, DateOnly on)
    {
        if (jurisdiction == Jurisdiction.China)
        {
            // GAC Art. 22: the holder answers within 3 working days; on its application and security the goods are
            // detained (Art. 25) and await a court's assistance notice for at most 50 working days (Art. 29).
            return new(3, 50, "GAC IPR measures Arts. 21-22, 29");
        }

        var rules = RegisterRulesTable.On(on);
        return new(rules.SuspensionWorkingDays, rules.MaxExtensionWorkingDays, "Customs Code Art. 397(1)");
    }
}
