using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Demands;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 323(7): "In the instance when the customs office has determined the goods customs value following the goods release, the
/// customs authorities will issue an invoice for customs payments (Article 350) ... Settlement of the additionally charged amounts
/// ... should be completed within ten working days from the day when said invoice is received. If the additional amounts ... are
/// settled within the prescribed time limits, they shall be exempt from any penalty fees."
/// </summary>
public sealed class ValueDemandTests
{
    private static readonly ValueDemandRules Rules = new(WorkingCalendars.Default);
    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);
    private static readonly InterestCalculator Interest = new(Book.Shipped);

    // Due 20.05.2025 and paid in full on time; released. After release customs determines a higher value: 30,000 RUB more is due.
    private static readonly Obligation Reassessed = new("d-1", new DateOnly(2025, 5, 20), 130_000m, 100_000m, 0, 0, null);

    [Fact]
    public void The_invoice_is_received_six_days_after_dispatch_and_paid_within_ten_working_days_of_it()
    {
        // Dispatched Monday 02.06.2025 by registered mail: received Sunday 08.06 (Art. 350(5): six days). Ten working days after
        // it, without Thursday 12.06 (Russia Day): 09, 10, 11, 13, 16, 17, 18, 19, 20, 23 June -> Monday 23.06.2025.
        var (invoice, obligation) = Rules.Issue(Reassessed, 30_000m, new DateOnly(2025, 6, 2));

        Assert.Equal((30_000m, 0m, DemandDelivery.RegisteredMail), (invoice.PaymentsRub, invoice.PenaltiesRub, invoice.Delivery));
        Assert.Equal((new DateOnly(2025, 6, 8), new DateOnly(2025, 6, 23)), (invoice.ReceivedOn, invoice.MeetBy));
        Assert.Equal([new DeferredPart(new DateOnly(2025, 6, 23), 30_000m)], obligation.Deferred);
        Assert.Equal(new DateOnly(2025, 6, 23), obligation.NextDueDate);
    }

    [Fact]
    public void Paid_within_the_term_the_additional_amount_bears_no_penalty_and_no_interest()
    {
        // Without the invoice the 30,000 RUB would be arrears from 21.05.2025: to 02.06, 13 days at 21%: 30,000 x 21% / 300 = 21 a day, 273.00.
        Assert.Equal(273.00m, Reassessed.PenaltyTo(new DateOnly(2025, 6, 2), Penalties).AmountRub);

        var (_, obligation) = Rules.Issue(Reassessed, 30_000m, new DateOnly(2025, 6, 2));

        Assert.Equal(0m, obligation.PenaltyTo(new DateOnly(2025, 6, 23), Penalties).AmountRub);
        Assert.Equal(0m, obligation.InterestTo(new DateOnly(2025, 6, 23), Interest).AmountRub);
        var (paid, toPayments, toPenalties) = obligation.Pay(30_000m, new DateOnly(2025, 6, 23), Penalties, Interest);
        Assert.Equal((30_000m, 0m, true), (toPayments, toPenalties, paid.Settled));
    }

    [Fact]
    public void Unpaid_after_the_term_the_penalty_runs_from_the_next_day()
    {
        // Art. 349(2) from the day after the invoice's term: 24 and 25 June 2025 at 20%: 30,000 x 20% / 300 = 20 a day, 40.00.
        var (_, obligation) = Rules.Issue(Reassessed, 30_000m, new DateOnly(2025, 6, 2));

        Assert.Equal(40.00m, obligation.PenaltyTo(new DateOnly(2025, 6, 25), Penalties).AmountRub);
    }

    [Fact]
    public void No_invoice_without_an_additional_amount() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Rules.Issue(Reassessed, 0m, new DateOnly(2025, 6, 2)));
}
