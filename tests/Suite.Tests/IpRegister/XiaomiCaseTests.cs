using Customs.IpRegister.V1;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>
/// The 2017 case: an importer had XIAOMI entered and customs returned parcels of genuine phones bought abroad for
/// personal use. Art. 400 exempts them; only commercial goods of unlisted importers are held, then suspended by the
/// written decision of the head of the office (Art. 397(1)), and the suspension shows that the entry was obtained by an
/// importer; both parties are told of each other (Art. 397(2)).
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class XiaomiCaseTests(GraphFixture graph)
{
    [Fact]
    public async Task A_phone_posted_to_a_person_for_personal_use_is_released_while_500_declared_commercially_by_an_unlisted_importer_are_held_then_suspended_by_the_heads_decision()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        await ipRegister.RegisterAsync("XIAOMI", "8517", ApplicantCapacity.Importer);

        var parcel = new ScreenDeclarationRequest
        {
            DeclarationId = Guid.NewGuid().ToString(),
            RegistrationNumber = "10511000/261126/П000001",
            CustomsOfficeCode = "10511000",
            Channel = DeclarationChannel.InternationalMail,
            DeclarantIsNaturalPerson = true,
            ForPersonalUse = true,
            Declarant = new Party { Name = "Ivanov Ivan", Address = "Orenburg, Pushkinskaya 10" },
            Items = { IpRegisterDriver.Item("Xiaomi", "8517130000", 1) },
        };
        var parcelResult = (await ipRegister.Client.ScreenDeclarationAsync(parcel, ipRegister.Inspector)).Results.Single();

        var consignment = IpRegisterDriver.Commercial("ХIАОМI", "8517130000", 500, Guid.NewGuid().ToString()); // Cyrillic Х, А, О, М
        var consignmentResult = (await ipRegister.Client.ScreenDeclarationAsync(consignment, ipRegister.Inspector)).Results.Single();

        Assert.Equal(ScreeningOutcome.ExemptPersonalUse, parcelResult.Outcome);
        Assert.Equal("", parcelResult.SuspensionId);
        Assert.Equal(ScreeningOutcome.Held, consignmentResult.Outcome);
        var held = await ipRegister.GetSuspensionAsync(consignmentResult.SuspensionId);
        Assert.Equal(SuspensionStatus.Held, held.Status);
        Assert.Equal(ApplicantCapacity.Importer, held.ApplicantCapacity);

        var suspended = await ipRegister.DecideAsync(consignmentResult.SuspensionId, SuspensionDecision.Suspend);
        var notices = (await ipRegister.Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = suspended.SuspensionId }, ipRegister.Inspector)).Notices;

        Assert.Equal(SuspensionStatus.Active, suspended.Status);
        Assert.Equal("head", suspended.DecidedByRole);
        Assert.Equal(suspended.DecidedOn, suspended.SuspendedOn);
        Assert.Equal(ApplicantCapacity.Importer, suspended.ApplicantCapacity);
        Assert.Equal("Grey Imports LLC", suspended.Declarant.Name);
        Assert.Equal("XIAOMI Holdings", suspended.RightHolder.Name);
        var toDeclarant = notices.Single(n => n.Addressee == SuspensionParty.Declarant);
        Assert.Equal("XIAOMI Holdings", toDeclarant.OtherParty.Name);
        // Art. 397(2): the applicant as recorded, an importer, never "an authorized representative of the copyright holder".
        Assert.Equal((ApplicantCapacity.Importer, "Smart Orange LLC", "Moscow, Leninsky prospekt 1"),
            (toDeclarant.ApplicantCapacity, toDeclarant.Applicant.Name, toDeclarant.Applicant.Address));
        Assert.Equal("The object was entered in the register on the application of Smart Orange LLC (Moscow, Leninsky prospekt 1), acting as an importer.",
            toDeclarant.ApplicantStatement);
        Assert.Equal("Grey Imports LLC", notices.Single(n => n.Addressee == SuspensionParty.RightHolder).OtherParty.Name);
    }
}
