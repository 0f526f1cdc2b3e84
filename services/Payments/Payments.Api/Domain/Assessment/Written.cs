using System.Globalization;

namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>How figures are written in traces: invariant, thousands separated, two decimals for money.</summary>
internal static class Written
{
    public static string Rub(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " RUB";

    public static string Of(decimal amount, string currency) => amount.ToString("#,0.00##", CultureInfo.InvariantCulture) + " " + currency;

    public static string Plain(decimal value) => value.ToString("#,0.######", CultureInfo.InvariantCulture);
}
