using Customs.BuildingBlocks.Amounts;
using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Rates;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Collection;

/// <summary>Chapter 30 (Arts. 348, 351-354): when arrears may be collected compulsorily, from what, in which order and by when.</summary>
public sealed class CollectionRules(PenaltyCalculator penalties, InterestCalculator interest, WorkingCalendars calendars)
{
    /// <summary>Art. 348(5): none "if the total amount of the customs duties and taxes ... amounts to less than 150 roubles".</summary>
    public const decimal MinimumRub = 150m;

    /// <summary>Art. 348(5): none when the demand "has not been issued within three years from the date of expiry of their term of payment".</summary>
    public const int DemandWithinYears = 3;

    /// <summary>Art. 351(2): the resolution "not later than in thirty days from the date of expiry of their demand".</summary>
    public const int IndisputableWithinDays = 30;

    public CollectionAct Decide(CollectionOrder order, Obligation obligation, DemandOnRecord demand, IReadOnlyCollection<CollectionSource> earlier, decimal advancesRub)
    {
        if (order.DecidedOn <= demand.MeetBy)
        {
            // Arts. 348(4), 350(6): collection follows a demand the payer did not meet within its term.
            throw Refused(PaymentErrors.DemandNotExpired, $"The demand may be met until {demand.MeetBy:yyyy-MM-dd}.", "Arts. 348(4), 350(6)");
        }

        if (demand.DispatchedOn > obligation.DueDate.AddYears(DemandWithinYears))
        {
            throw Refused(PaymentErrors.CollectionTimeBarred,
                $"The demand went out on {demand.DispatchedOn:yyyy-MM-dd}, more than three years after the term of payment ended on {obligation.DueDate:yyyy-MM-dd}.", "Art. 348(5)");
        }

        if (obligation.AssessedRub < MinimumRub)
        {
            throw Refused(PaymentErrors.BelowCollectionMinimum, $"The declaration's duties and taxes, {obligation.AssessedRub:0.00} RUB, are under 150 roubles.", "Art. 348(5)");
        }

        // Art. 350(2) as for the demand: what is owed as of the day of the act, the penalty to that day included; under a
        // deferral, the parts past their terms only (Art. 348(1): "not been paid in full in the prescribed period of time").
        // Art. 336(3): the interest is collected as the duties and taxes are.
        var arrears = obligation.ArrearsOn(order.DecidedOn);
        var penalty = obligation.PenaltyTo(order.DecidedOn, penalties);
        var owedPenalties = obligation.PenaltyOutstandingRub + penalty.AmountRub;
        var owedInterest = obligation.InterestOwedOn(order.DecidedOn, interest);
        var owed = arrears + owedPenalties + owedInterest;
        if (owed == 0)
        {
            throw Refused(PaymentErrors.NothingOwed, $"Declaration {obligation.DeclarationId} owes nothing past its terms.", "Art. 348(1)");
        }

        CheckRoute(order, demand, earlier);
        var collected = order.Source == CollectionSource.Advances ? Math.Min(advancesRub, owed) : 0;
        if (order.Source == CollectionSource.Advances && collected == 0)
        {
            throw Refused(PaymentErrors.InsufficientAdvance, "The payer has no unclaimed advances at the customs office.", "Art. 353(1)");
        }

        var (by, step, basis) = NextStep(order);
        return new CollectionAct(order, arrears, owedPenalties, collected, by, step, basis) { InterestRub = owedInterest };
    }

    /// <summary>
    /// Proceeds come from an act that orders money to be paid to the customs office: the bank's (Art. 351(3)), the goods'
    /// sale (352(6)), the bailiff's (353(3)) or the court's; advances are taken at once by the act itself (353(2)).
    /// </summary>
    public static void CheckProceeds(CollectionAct act, DateOnly receivedOn)
    {
        if (act.Order.Source == CollectionSource.Advances)
        {
            throw Refused(PaymentErrors.ProceedsNotExpected, "An act from advances takes them at once: no proceeds follow it.", "Art. 353(2)");
        }

        if (receivedOn < act.Order.DecidedOn)
        {
            throw new RequestValidationException([new("received_on", $"cannot be before the act of {act.Order.DecidedOn:yyyy-MM-dd}")]);
        }
    }

    /// <summary>
    /// Art. 351(4): "Dutiable payments from the payer's foreign currency account(s) are debited in the amounts equivalent to
    /// those in Russian roubles calculated on the basis of the currency exchange rate established by the Central Bank of the
    /// Russian Federation on the date of factual collection of due funds": <paramref name="amount"/> times the rate in force
    /// on <paramref name="receivedOn"/> (<paramref name="rates"/> are those of that day), per unit, rounded once to kopecks.
    /// </summary>
    public static CollectionProceeds Proceeds(string reference, Guid actId, decimal amount, string currency, DateOnly receivedOn, IExchangeRates rates)
    {
        if (currency == "RUB")
        {
            return new CollectionProceeds(reference, actId, amount, receivedOn);
        }

        if (rates.On != receivedOn)
        {
            throw new ArgumentException($"The rates are those of {rates.On:yyyy-MM-dd}, not of the day of collection {receivedOn:yyyy-MM-dd}.", nameof(rates));
        }

        var rate = rates.Of(currency);
        return new CollectionProceeds(reference, actId, MinorUnits.Round(amount * rate.PerUnit), receivedOn) { Currency = currency, Amount = amount, Rate = rate };
    }

    private static void CheckRoute(CollectionOrder order, DemandOnRecord demand, IReadOnlyCollection<CollectionSource> earlier)
    {
        var court = order.CourtReference.Length > 0;
        if (order.Source == CollectionSource.CourtClaim || order.PayerKind != PayerKind.NaturalPerson)
        {
            if (order.Source is CollectionSource.CourtClaim or CollectionSource.Goods && !court)
            {
                // Art. 352(3): goods of a juridical person or entrepreneur on the ruling of an arbitration tribunal.
                throw Refused(PaymentErrors.CourtRequired, "A claim in court, and collection from the goods, need the court's case or ruling reference.", "Arts. 348(3), 352(3)");
            }

            if (order.Source is CollectionSource.Goods or CollectionSource.OtherProperty
                && !order.NoBankAccountDetails && !earlier.Contains(CollectionSource.BankAccounts))
            {
                // Arts. 352(1), 353(1): goods and other property when the bank accounts fall short or are unknown.
                throw Refused(PaymentErrors.CollectionOrder, "The payer's bank accounts come first, unless their details are unknown.", "Arts. 351(1), 352(1), 353(1)");
            }

            if (order.Source == CollectionSource.BankAccounts && order.DecidedOn > demand.MeetBy.AddDays(IndisputableWithinDays))
            {
                // Art. 351(2): a later resolution "will neither have any power nor be subject to execution"; customs sues in court.
                throw Refused(PaymentErrors.IndisputableTermExpired,
                    $"The resolution was due by {demand.MeetBy.AddDays(IndisputableWithinDays):yyyy-MM-dd}: the arrears are claimed in court now.", "Art. 351(2)");
            }

            return;
        }

        // Art. 348(3): "The compulsory collection ... from natural persons shall be performed through the court."
        if (!court)
        {
            throw Refused(PaymentErrors.CourtRequired, "A natural person's arrears are collected through a court: name its ruling.", "Arts. 348(3), 352(3)");
        }
    }

    private (DateOnly? By, string Step, string Basis) NextStep(CollectionOrder order)
    {
        var russia = calendars.Russia;
        var court = order.PayerKind == PayerKind.NaturalPerson && order.Source != CollectionSource.CourtClaim ? "; on the court's ruling, Art. 348(3)" : "";
        return order.Source switch
        {
            // Art. 354(2): the bank executes "within one bank trading day following the date of receipt" (sent the same day).
            CollectionSource.BankAccounts => (russia.AddWorkingDays(order.DecidedOn, 1), "the bank executes the collection order",
                "Arts. 348(3), 351(1)-(3), 354(2): indisputable collection from the payer's bank accounts" + court),
            // Art. 353(2): the payer is notified "within one working day following the date of said collection".
            CollectionSource.Advances => (russia.AddWorkingDays(order.DecidedOn, 1), "written notice of the collection to the payer",
                "Art. 353(1), (2): collection from the payer's unclaimed advance payments" + court),
            CollectionSource.Goods => (null, "sale of the goods (Art. 352(6))", "Art. 352(1), (3)-(5): collection from the goods whose duties are unpaid" + court),
            // Art. 353(3): the resolution goes to the bailiff "within a period of three working days".
            CollectionSource.OtherProperty => (russia.AddWorkingDays(order.DecidedOn, 3), "the resolution is forwarded to the bailiff",
                "Art. 353(1), (3): collection from the payer's other property" + court),
            CollectionSource.CourtClaim => (null, "the court's ruling", "Arts. 348(3), 351(2): a claim for the arrears in court"),
            _ => throw new ArgumentOutOfRangeException(nameof(order), order.Source, "A collection names its source."),
        };
    }

    private static RuleViolationException Refused(string reason, string message, string basis) => new(reason, message, basis);
}
