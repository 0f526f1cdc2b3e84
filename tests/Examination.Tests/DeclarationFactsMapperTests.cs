using Customs.Declarations.Contracts;
using Customs.Examination.Api.Messaging;

namespace Customs.Examination.Tests;

/// <summary>What the risk management system reads of a registered declaration (Art. 358).</summary>
public sealed class DeclarationFactsMapperTests
{
    private static DeclarationRegistered Registered(string? dispatch) => new()
    {
        DeclarationId = Guid.NewGuid(), RegistrationNumber = "10005000/020326/0000001", Kind = DeclarationKind.CommercialImport, CustomsOfficeCode = "10005000",
        AcceptanceDate = new DateOnly(2026, 3, 2), RegisteredAt = DateTimeOffset.UnixEpoch, ForPersonalUse = false, Direction = MovementDirection.Import,
        Declarant = new Party { Kind = PartyKind.LegalPerson, Name = "Broker", Address = "Moscow", CountryCode = "RU", TaxpayerNumber = "7707083893" },
        Principal = new Party { Kind = PartyKind.LegalPerson, Name = "Seller", Address = "Almaty", CountryCode = "KZ" },
        DispatchCountryCode = dispatch, Items = [],
    };

    [Fact]
    public void The_country_of_dispatch_is_the_declared_one_not_a_partys()
    {
        Assert.Equal("CN", DeclarationFactsMapper.ToFacts(Registered("CN")).DispatchCountry);
        Assert.Null(DeclarationFactsMapper.ToFacts(Registered(null)).DispatchCountry);
    }
}
