namespace Customs.Declarations.Api.Domain;

/// <summary>
/// The Russian taxpayer number (INN): 10 digits for organisations with one check digit, 12 for individuals with
/// two. Check digits are the weighted sum mod 11, then mod 10.
/// </summary>
public static class TaxpayerNumber
{
    private static readonly int[] Organisation = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] IndividualFirst = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] IndividualSecond = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

    public static bool IsValidOrganisation(string? inn) =>
        inn is { Length: 10 } && inn.All(char.IsAsciiDigit) && CheckDigit(inn, Organisation) == inn[9] - '0';

    public static bool IsValidIndividual(string? inn) =>
        inn is { Length: 12 } && inn.All(char.IsAsciiDigit)
        && CheckDigit(inn, IndividualFirst) == inn[10] - '0'
        && CheckDigit(inn, IndividualSecond) == inn[11] - '0';

    private static int CheckDigit(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum % 11 % 10;
    }
}
