using Customs.Payments.Api.Domain.Payments;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 329(1): "import duties and taxes should be disbursed not later than within fifteen days from the day said goods
/// were presented"; 329(2): "export duties and taxes should be disbursed not later than on the day of submission of a
/// customs declaration"; Art. 349(2): the delay begins "from the day following the date of expiry of the time limit".
/// </summary>
public sealed class PaymentTermTests
{
    [Fact]
    public void Imports_are_paid_within_fifteen_days_of_presentation_and_exports_on_the_day_of_declaration()
    {
        // Goods presented on Friday 04.04.2025: the fifteenth day after is 19.04.2025 (a Saturday: the Article counts calendar days).
        Assert.Equal(new DateOnly(2025, 4, 19), PaymentTerm.ForImport(new DateOnly(2025, 4, 4)));
        // An export declaration submitted on 04.04.2025 is paid that day.
        Assert.Equal(new DateOnly(2025, 4, 4), PaymentTerm.ForExport(new DateOnly(2025, 4, 4)));
    }

    [Theory]
    [InlineData(2025, 4, 19, 1_000, false)] // the last day of the term: in time
    [InlineData(2025, 4, 20, 1_000, true)]  // the day after: arrears
    [InlineData(2025, 5, 20, 0, false)]     // nothing outstanding: no arrears however late
    public void An_unpaid_amount_is_arrears_from_the_day_after_the_term(int year, int month, int day, int outstanding, bool arrears) =>
        Assert.Equal(arrears, PaymentTerm.InArrears(new DateOnly(2025, 4, 19), outstanding, new DateOnly(year, month, day)));
}
