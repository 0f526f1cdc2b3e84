using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Payments;

namespace Customs.Payments.Api.Domain.Demands;

/// <summary>
/// Art. 323(7): "In the instance when the customs office has determined the goods customs value following the goods release, the
/// customs authorities will issue an invoice for customs payments (Article 350) in case additional redemption of customs duties and
/// taxes is required. Settlement of the additionally charged amounts ... should be completed within ten working days from the day
/// when said invoice is received. If the additional amounts ... are settled within the prescribed time limits, they shall be exempt
/// from any penalty fees."
/// </summary>
public sealed class ValueDemandRules(WorkingCalendars calendars)
{
    /// <summary>Art. 323(7): "within ten working days from the day when said invoice is received".</summary>
    public const int WorkingDaysToPay = 10;

    /// <summary>
    /// The invoice for <paramref name="additionalRub"/>, dispatched on <paramref name="dispatchedOn"/> by registered mail (nobody
    /// hands it over: it goes out when the value is reassessed), so received six days after (Art. 350(5)); and the obligation with
    /// that amount as a term of its own, the last of the ten working days: no penalty runs on it before (323(7)), and unpaid after
    /// it, it is arrears as any term is (349(2)). No interest: the amount is not deferred (Art. 336 does not apply).
    /// </summary>
    public (Demand Invoice, Obligation Obligation) Issue(Obligation obligation, decimal additionalRub, DateOnly dispatchedOn)
    {
        if (additionalRub <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(additionalRub), "Art. 323(7): an invoice only when additional payments are required.");
        }

        var received = dispatchedOn.AddDays(DemandRules.RegisteredMailDays);
        var term = calendars.Russia.Term(received, WorkingDaysToPay);
        var invoice = new Demand(obligation.DeclarationId, dispatchedOn, DemandDelivery.RegisteredMail, received, term.End, term.IsProvisional,
            additionalRub, 0, dispatchedOn, false);
        return (invoice, obligation with { Deferred = [.. obligation.Deferred.Append(new DeferredPart(term.End, additionalRub)).OrderBy(p => p.DueOn)] });
    }
}
