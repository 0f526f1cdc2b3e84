namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>
/// Art. 319(2)[2]: goods to one recipient are counted by calendar week (Monday to Sunday). <see cref="DeclaredRub"/> is
/// the customs value of the recipient's items already declared that week.
/// </summary>
public sealed record PostalWeek(string RecipientId, DateOnly Monday, decimal DeclaredRub)
{
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
