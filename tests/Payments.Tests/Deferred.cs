using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;

namespace Customs.Payments.Tests;

/// <summary>Obligations under a deferral granted as the service grants them, for the rules' tests.</summary>
internal static class Deferred
{
    public static DeferralRules Rules { get; } = new(new InterestCalculator(Book.Shipped), new PenaltyCalculator(Book.Shipped), WorkingCalendars.Default);

    /// <summary>Granted as Deferrals does: the schedule's parts leave the term of Art. 329, the period starts after the term.</summary>
    public static Obligation Granted(
        Obligation owing, DeferralKind kind, int months, DateOnly decidedOn, decimal? part = null, IReadOnlyList<PaymentCategory>? categories = null)
    {
        var request = Rules.Request(owing, "r-1", "7707083893", kind, DeferralGround.PerishableGoods, months, decidedOn.AddDays(-5), part, categories);
        var decision = Rules.Approve(request, owing, decidedOn, "guarantee-1");
        return owing.Defer([.. decision.Schedule.Select(i => new DeferredPart(i.DueOn, i.PrincipalRub) { Category = i.Category })],
            decidedOn > owing.DueDate ? decidedOn : owing.DueDate);
    }
}
