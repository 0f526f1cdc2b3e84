using System.Security.Claims;
using Customs.BuildingBlocks.Identity;

namespace Customs.BuildingBlocks.Tests;

public sealed class CallerIdentityTests
{
    [Fact]
    public void A_declarant_is_its_taxpayer_number()
    {
        var caller = From(("sub", "7707083893"), ("role", "declarant"), ("taxpayer_number", "7707083893"));

        Assert.Equal((CallerRole.Declarant, "7707083893", "7707083893", OfficerRole.Unspecified, false),
            (caller.Role, caller.Subject, caller.TaxpayerNumber, caller.OfficerRole, caller.IsOfficer));
    }

    [Theory]
    [InlineData("inspector", OfficerRole.Inspector)]
    [InlineData("deputy_head", OfficerRole.DeputyHead)]
    [InlineData("head", OfficerRole.Head)]
    public void An_officer_carries_its_id_office_and_role(string role, OfficerRole officerRole)
    {
        var caller = From(("sub", "42"), ("role", role), ("officer_id", "42"), ("office_code", "10005000"));

        Assert.Equal(("42", "10005000", officerRole, true), (caller.OfficerId, caller.OfficeCode, caller.OfficerRole, caller.IsOfficer));
    }

    [Theory]
    [InlineData("risk_analyst")]
    [InlineData("expert")]
    public void Customs_staff_other_than_officers_hold_no_officers_role(string role)
    {
        var caller = From(("sub", "7"), ("role", role), ("officer_id", "7"), ("office_code", "10005000"));

        Assert.Equal((OfficerRole.Unspecified, false), (caller.OfficerRole, caller.IsOfficer));
    }

    [Fact]
    public void A_service_is_named_by_its_subject()
    {
        var caller = From(("sub", "declarations"), ("role", "service"));

        Assert.Equal((CallerRole.Service, "declarations"), (caller.Role, caller.Subject));
    }

    [Fact]
    public void A_foreign_right_holder_needs_no_taxpayer_number() =>
        Assert.Equal(CallerRole.RightHolder, From(("sub", "xiaomi-inc"), ("role", "right_holder")).Role);

    [Theory]
    [InlineData("no role", "sub=7707083893")]
    [InlineData("unknown role", "sub=1|role=chief")]
    [InlineData("role in other case", "sub=1|role=Head|officer_id=1|office_code=10005000")]
    [InlineData("two roles", "sub=1|role=head|role=inspector|officer_id=1|office_code=10005000")]
    [InlineData("no subject", "role=service")]
    [InlineData("declarant without taxpayer number", "sub=7707083893|role=declarant")]
    [InlineData("taxpayer number of 9 digits", "sub=770708389|role=declarant|taxpayer_number=770708389")]
    [InlineData("taxpayer number with letters", "sub=77070838AB|role=declarant|taxpayer_number=77070838AB")]
    [InlineData("declarant named other than its number", "sub=broker|role=declarant|taxpayer_number=7707083893")]
    [InlineData("officer without office", "sub=42|role=head|officer_id=42")]
    [InlineData("officer without id", "sub=42|role=inspector|office_code=10005000")]
    [InlineData("officer subject not its id", "sub=43|role=inspector|officer_id=42|office_code=10005000")]
    [InlineData("two office codes", "sub=42|role=inspector|officer_id=42|office_code=10005000|office_code=10005020")]
    [InlineData("declarant posing as officer", "sub=7707083893|role=declarant|taxpayer_number=7707083893|officer_id=42|office_code=1")]
    [InlineData("subject with a control character", "sub=a\u0000b|role=service")]
    [InlineData("subject of 65 characters", "sub=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|role=service")]
    public void A_missing_or_malformed_claim_names_no_caller(string why, string claims)
    {
        var principal = Principal([.. claims.Split('|').Select(c => (c[..c.IndexOf('=')], c[(c.IndexOf('=') + 1)..]))]);

        Assert.False(CallerIdentity.TryFrom(principal, out _, out var problem), why);
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void A_callers_claims_read_back_as_the_same_caller()
    {
        var officer = CallerIdentity.Officer("42", "10005000", OfficerRole.Head);

        Assert.Equal(officer, From([.. officer.ToClaims().Select(c => (c.Type, c.Value))]));
    }

    [Fact]
    public void Every_role_has_a_code_that_reads_back() =>
        Assert.Equal(CallerRoles.All, CallerRoles.All.Select(r => CallerRoles.Parse(r.Code())));

    [Fact]
    public void Every_policy_names_roles_of_the_suite() =>
        Assert.All(CallerPolicies.Roles.Values, roles => Assert.DoesNotContain(CallerRole.Unspecified, roles));

    private static CallerIdentity From(params (string Type, string Value)[] claims) =>
        CallerIdentity.TryFrom(Principal(claims), out var caller, out var problem) ? caller : throw new Xunit.Sdk.XunitException(problem);

    private static ClaimsPrincipal Principal((string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));
}
