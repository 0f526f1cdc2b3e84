using Customs.IpRegister.Api.Grpc;
using Customs.IpRegister.V1;
using Customs.ServiceDefaults;

namespace Customs.IpRegister.Tests.Grpc;

public sealed class ScreeningMappingTests
{
    private static ScreenDeclarationRequest Request(string declarationId, string address) => new()
    {
        DeclarationId = declarationId,
        CustomsOfficeCode = "10005000",
        Channel = DeclarationChannel.Commercial,
        Declarant = new Party { Name = "Grey Imports LLC", Address = address },
        Items = { new ItemToScreen { ItemNumber = 1, TariffCode = "8517130000", Brand = "Xiaomi" } },
    };

    [Fact]
    public void Screening_a_declaration_needs_the_declarants_address_to_tell_the_right_holder()
    {
        var error = Assert.Throws<RequestValidationException>(() => ScreeningMapping.ToFacts(Request(Guid.NewGuid().ToString(), " "), new DateOnly(2026, 3, 2)));

        Assert.Contains(error.Violations, v => v.Field == "declarant.address");
    }

    [Fact]
    public void A_lookup_names_no_declaration_and_needs_no_address() =>
        Assert.Null(ScreeningMapping.ToFacts(new LookUpGoodsRequest
        {
            Channel = DeclarationChannel.Commercial,
            Items = { new ItemToScreen { ItemNumber = 1, TariffCode = "8517130000", Brand = "Xiaomi" } },
        }, new DateOnly(2026, 3, 2)).DeclarationId);
}
