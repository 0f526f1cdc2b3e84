using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Demands;

/// <summary>Art. 350: what a demand says and its terms, from the declaration's obligation.</summary>
public sealed class DemandRules(PenaltyCalculator penalties, InterestCalculator interest, WorkingCalendars calendars)
{
    /// <summary>Art. 350(3): "not later than in ten days from the day when the customs authorities reveal the fact of non-payment".</summary>
    public const int DispatchWithinDays = 10;

    /// <summary>Art. 350(5): registered mail is "regarded as received after six days following its dispatch".</summary>
    public const int RegisteredMailDays = 6;

    public Demand Issue(Obligation obligation, DateOnly discoveredOn, DateOnly dispatchedOn, DemandDelivery delivery, int workingDaysToMeet)
    {
        if (dispatchedOn <= obligation.DueDate)
        {
            throw TermNotExpired(obligation.DueDate);
        }

        // Art. 350(2): the amounts "as per the day of issuance of said demand"; under a deferral only the parts past their
        // terms are unpaid "within prescribed time limits" (Art. 333(2)).
        var arrears = obligation.ArrearsOn(dispatchedOn);
        var penalty = obligation.PenaltyTo(dispatchedOn, penalties);
        var penaltiesOwed = obligation.PenaltyOutstandingRub + penalty.AmountRub;
        // Art. 350(2): "the interest accrued to the dutiable payments as per the day of issuance"; on its own it is unpaid
        // only after the day following the deferral's last term (Art. 336(2)).
        var interestOwed = obligation.InterestOwedOn(dispatchedOn, interest);
        if (arrears == 0 && penaltiesOwed == 0 && (interestOwed == 0 || dispatchedOn <= obligation.InterestDueBy))
        {
            throw dispatchedOn <= obligation.NextDueDate && obligation.OutstandingRub > 0 ? TermNotExpired(obligation.NextDueDate)
                : interestOwed > 0 ? TermNotExpired(obligation.InterestDueBy!.Value)
                : new RuleViolationException(PaymentErrors.NothingOwed, $"Declaration {obligation.DeclarationId} owes nothing.", "Art. 350(1)");
        }

        var received = delivery == DemandDelivery.RegisteredMail ? dispatchedOn.AddDays(RegisteredMailDays) : dispatchedOn;
        // Art. 350(4): "not less than ten and not more than twenty working days beginning from the date of receipt".
        var term = calendars.Russia.Term(received, workingDaysToMeet);
        return new Demand(obligation.DeclarationId, dispatchedOn, delivery, received, term.End, term.IsProvisional,
            arrears, penaltiesOwed, discoveredOn, dispatchedOn > discoveredOn.AddDays(DispatchWithinDays)) { InterestRub = interestOwed };
    }

    private static RuleViolationException TermNotExpired(DateOnly term) => new(PaymentErrors.TermNotExpired,
        $"The term of payment runs to {term:yyyy-MM-dd}: nothing is unpaid within the prescribed time limits yet.", "Art. 350(1)");
}
