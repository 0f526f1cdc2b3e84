namespace Customs.IpRegister.Api.Domain.China;

/// <summary>
/// GAC measures Art. 24: a trademark holder's general guarantee, equal to last year's warehousing, custody and
/// disposal costs but at least RMB 200,000, valid from its approval to 31 December of that year.
/// </summary>
public sealed record GeneralGuarantee(Money Amount, DateOnly ApprovedOn, DateOnly ValidUntil, string? Reference = null)
{
    private static readonly Money Minimum = Money.Cny(200_000m);

    public static GeneralGuarantee Required(Money lastYearCosts, DateOnly approvedOn)
    {
        var amount = lastYearCosts.Amount < Minimum.Amount ? Minimum : lastYearCosts;
        return new(amount, approvedOn, new DateOnly(approvedOn.Year, 12, 31));
    }

    public bool Covers(DateOnly day) => ApprovedOn <= day && day <= ValidUntil;
}
