using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Reference;

namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>The working-day terms of a suspension under each rule set.</summary>
/// <param name="NeedsHeadDecision">
/// Art. 397(1): in Russia a match only holds the goods until the head of the office or the deputy decides in writing;
/// under GAC Art. 21 customs itself suspends release and notifies the holder at once.
/// </param>
public sealed record SuspensionTerms(int InitialWorkingDays, int MaxExtensionWorkingDays, string LegalBasis, bool NeedsHeadDecision)
{
    /// <summary>The longest extension any rule set allows (GAC Art. 29: 50 working days); a request above it is malformed.</summary>
    public const int LongestExtensionWorkingDays = 50;

    public static SuspensionTerms For(Jurisdiction jurisdiction, DateOnly on)
    {
        if (jurisdiction == Jurisdiction.China)
        {
            // GAC Art. 22: the holder answers within 3 working days of the notice's delivery; on its application and
            // security the goods are detained (Art. 25) and await a court's assistance notice for at most 50 working days
            // from detaining (Art. 29): both come from the GAC procedure (ChinaDetention), never from an extension.
            return new(3, 0, "GAC IPR measures Arts. 21-22, 29", NeedsHeadDecision: false);
        }

        var rules = RegisterRulesTable.On(on);
        return new(rules.SuspensionWorkingDays, rules.MaxExtensionWorkingDays, "Customs Code Art. 397(1)", NeedsHeadDecision: true);
    }
}
