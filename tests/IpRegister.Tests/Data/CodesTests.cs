using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Entries;
using Customs.IpRegister.Contracts;

namespace Customs.IpRegister.Tests.Data;

public sealed class CodesTests
{
    [Fact]
    public void Capacities_are_stored_and_published_in_snake_case_and_read_back()
    {
        Assert.Equal("right_holder", Codes.Of(ApplicantCapacity.RightHolder));
        Assert.Equal(ApplicantCapacity.Importer, Codes.Parse<ApplicantCapacity>("importer"));
        Assert.Equal("no_court_application_within_suspension", Codes.Of(ExclusionReason.NoCourtApplicationWithinSuspension));
        Assert.Equal(SuspensionLiftReason.CourtFoundNoInfringement, Codes.Parse<SuspensionLiftReason>("court_found_no_infringement"));
    }
}
