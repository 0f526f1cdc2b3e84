using Customs.BuildingBlocks.Identity;

namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>Arts. 397(1), 399(4): suspension, extension and lifting are decided in writing by the head of the office or the deputy.</summary>
public static class SuspensionAuthority
{
    public static bool MayDecide(OfficerRole role) => role.IsHeadOrDeputy();
}
