using Customs.IpRegister.V1;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>
/// The 2017 case: an importer had XIAOMI entered and customs returned parcels of genuine phones bought abroad for
/// personal use. Art. 400 exempts them; only commercial goods of unlisted importers are suspended, and the suspension
/// shows that the entry was obtained by an importer.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class XiaomiCaseTests(GraphFixture graph)
{
    [Fact]
    public async Task A_phone_posted_to_a_person_for_personal_use_is_released_while_500_declared_commercially_by_an_unlisted_importer_are_suspended()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        await ipRegister.RegisterAsync("XIAOMI", "8517", ApplicantCapacity.Importer);

        var parcel = new ScreenGoodsRequest
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
        var parcelResult = (await ipRegister.Client.ScreenGoodsAsync(parcel)).Results.Single();

        var consignment = IpRegisterDriver.Commercial("ХIАОМI", "8517130000", 500, Guid.NewGuid().ToString()); // Cyrillic Х, А, О, М
        var consignmentResult = (await ipRegister.Client.ScreenGoodsAsync(consignment)).Results.Single();

        Assert.Equal(ScreeningOutcome.ExemptPersonalUse, parcelResult.Outcome);
        Assert.Equal("", parcelResult.SuspensionId);
        Assert.Equal(ScreeningOutcome.Suspended, consignmentResult.Outcome);
        var suspension = (await ipRegister.Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = consignmentResult.SuspensionId })).Suspension;
        Assert.Equal(ApplicantCapacity.Importer, suspension.ApplicantCapacity);
        Assert.Equal("Grey Imports LLC", suspension.Declarant.Name);
        Assert.Equal("XIAOMI Holdings", suspension.RightHolder.Name);
        Assert.Equal(SuspensionStatus.Held, suspension.Status);
    }
}
