using Customs.Declarations.Api.Domain;
using IpContracts = Customs.IpRegister.Contracts;
using V1 = Customs.Declarations.V1;

namespace Customs.Declarations.Tests;

/// <summary>The IP register's outcome is carried by number from its event to the API: the three enums must agree.</summary>
public sealed class IpScreeningOutcomeTests
{
    [Fact]
    public void Every_outcome_the_IP_register_announces_has_the_same_number_here_and_in_the_API()
    {
        foreach (var outcome in Enum.GetValues<IpContracts.ScreeningOutcome>())
        {
            var domain = (IpScreeningOutcome)(int)outcome;
            var api = (V1.IpScreeningOutcome)(int)domain;

            Assert.Equal(outcome.ToString(), domain.ToString());
            Assert.True(Enum.IsDefined(api), $"{outcome} has no API value");
            Assert.Equal(outcome.ToString().ToLowerInvariant(), api.ToString().ToLowerInvariant());
        }
    }
}
