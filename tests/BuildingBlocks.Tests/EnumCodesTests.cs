using Customs.BuildingBlocks.Data;

namespace Customs.BuildingBlocks.Tests;

public sealed class EnumCodesTests
{
    private enum Capacity { Unspecified, RightHolder, NoCourtApplicationWithinSuspension }

    [Fact]
    public void Members_are_stored_in_snake_case_and_read_back()
    {
        Assert.Equal("right_holder", EnumCodes.Of(Capacity.RightHolder));
        Assert.Equal("no_court_application_within_suspension", EnumCodes.Of(Capacity.NoCourtApplicationWithinSuspension));
        Assert.Equal(Capacity.RightHolder, EnumCodes.Parse<Capacity>("right_holder"));
    }

    [Theory]
    [InlineData("RightHolder")]
    [InlineData("1")]
    [InlineData("99")]
    [InlineData("")]
    public void Only_the_codes_of_defined_members_are_read(string code) =>
        Assert.False(EnumCodes.TryParse<Capacity>(code, out _));

    [Fact]
    public void An_undefined_member_has_no_code() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EnumCodes.Of((Capacity)99));
}
