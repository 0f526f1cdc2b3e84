using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Api.Domain.Notices;

/// <summary>
/// Art. 397(2): the notice of a suspension to one party — its reasons and terms, and the other party's name and
/// address — due no later than the day following the suspension. Customs records when and how it was sent.
/// </summary>
public sealed record SuspensionNotice(
    Guid SuspensionId, SuspensionParty Addressee, PartyDetails To, PartyDetails OtherParty, string Reasons,
    DateOnly SuspendedOn, DateOnly SuspendedUntil, DateOnly DueBy)
{
    /// <summary>One notice each to the declarant and to the right-holder (or its representative), each naming the other.</summary>
    public static IReadOnlyList<SuspensionNotice> For(Suspension suspension, PartyDetails declarant, PartyDetails rightHolder, string reasons)
    {
        if (suspension.Status != SuspensionStatus.Active || suspension.NotifyPartiesBy is not { } dueBy)
        {
            throw new SuspensionRuleException(RegisterErrors.NotActive,
                "Parties are notified of a suspension in force, not of a hold pending the decision (Art. 397(2)).", "Customs Code Art. 397(2)");
        }

        return
        [
            new(suspension.Id, SuspensionParty.Declarant, declarant, rightHolder, reasons, suspension.SuspendedOn, suspension.Until, dueBy),
            new(suspension.Id, SuspensionParty.RightHolder, rightHolder, declarant, reasons, suspension.SuspendedOn, suspension.Until, dueBy),
        ];
    }

    /// <summary>The reasons stated in the notice: the signs of infringement, the items, the legal basis.</summary>
    public static string ReasonsFor(string objectName, string registrationNumber, IReadOnlyList<int> items, string legalBasis) =>
        $"Signs of infringement of {objectName} ({registrationNumber}), entered in the customs register, on goods items "
        + $"{string.Join(", ", items)}; {legalBasis}.";
}
