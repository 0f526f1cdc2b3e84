using Customs.BuildingBlocks.Identity;

namespace Customs.BuildingBlocks.Tests;

public sealed class OfficerRolesTests
{
    [Theory]
    [InlineData("inspector", OfficerRole.Inspector)]
    [InlineData("deputy_head", OfficerRole.DeputyHead)]
    [InlineData("head", OfficerRole.Head)]
    [InlineData(" Head ", OfficerRole.Head)]
    public void The_suites_role_header_values_name_their_roles(string header, OfficerRole role) =>
        Assert.Equal(role, OfficerRoles.Parse(header));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("chief")]
    [InlineData("officer")]
    [InlineData("declarant")]
    [InlineData("deputy-head")]
    public void A_missing_or_unknown_role_is_no_officers_role(string? header)
    {
        var role = OfficerRoles.Parse(header);

        Assert.Equal((OfficerRole.Unspecified, false, false), (role, role.IsOfficer(), role.IsHeadOrDeputy()));
    }

    [Fact]
    public void Only_the_head_of_the_office_and_the_deputy_write_the_offices_decisions() =>
        Assert.Equal([OfficerRole.DeputyHead, OfficerRole.Head], Enum.GetValues<OfficerRole>().Where(r => r.IsHeadOrDeputy()));

    [Fact]
    public void Every_role_reads_back_from_its_own_code() =>
        Assert.Equal(["inspector", "deputy_head", "head"],
            OfficerRoles.Codes.Where(code => OfficerRoles.Parse(code).Code() == code));
}
