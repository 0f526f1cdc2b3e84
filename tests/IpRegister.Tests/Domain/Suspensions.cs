using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>What the domain tests' suspensions record: a Moscow office, the right-holder and the declarant of the Xiaomi case.</summary>
internal static class Suspensions
{
    public static readonly PartyDetails Declarant = new("Grey Imports LLC", "Orenburg, Sovetskaya 5");

    public static readonly PartyDetails Holder = new("XIAOMI Holdings", "Beijing, Haidian, Xiaomi Campus");

    public static readonly PartyDetails Importer = new("Grey Distribution LLC", "Moscow, Lesnaya 9");

    public static SuspensionContext Context(ApplicantCapacity capacity = ApplicantCapacity.RightHolder) =>
        new("10005000/050326/0000001", "10005000", "RU", capacity, Holder, Declarant, capacity == ApplicantCapacity.RightHolder ? Holder : Importer);
}
