using Customs.Declarations.Api.Domain;

namespace Customs.Declarations.Tests;

public sealed class TaxpayerNumberTests
{
    [Theory]
    [InlineData("7707083893", true)]
    [InlineData("7707083894", false)]
    [InlineData("770708389", false)]
    [InlineData("77070838AB", false)]
    public void An_organisations_INN_has_ten_digits_and_a_valid_check_digit(string inn, bool valid) =>
        Assert.Equal(valid, TaxpayerNumber.IsValidOrganisation(inn));

    [Theory]
    [InlineData("500100732259", true)]
    [InlineData("500100732250", false)]
    [InlineData("500100732269", false)]
    [InlineData("7707083893", false)]
    public void An_individuals_INN_has_twelve_digits_and_two_valid_check_digits(string inn, bool valid) =>
        Assert.Equal(valid, TaxpayerNumber.IsValidIndividual(inn));
}
