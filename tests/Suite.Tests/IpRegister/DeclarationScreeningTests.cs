using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Contracts;
using Dapper;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>Every item of every registered declaration is screened, and the outcome is published (ScreeningCompleted).</summary>
[Collection(GraphCollection.Name)]
public sealed class DeclarationScreeningTests(GraphFixture graph)
{
    // The services' clock, not the machine's: tests move it, and the law's date is Moscow's, not UTC's.
    private static DeclarationRegistered Declaration(DateTimeOffset now, DeclarationKind kind, Party declarant, bool personal, params GoodsItem[] items) => new()
    {
        DeclarationId = Guid.NewGuid(),
        RegistrationNumber = $"10511000/261126/{Random.Shared.Next(1_000_000):D7}",
        Kind = kind,
        CustomsOfficeCode = "10511000",
        AcceptanceDate = OfficeTime.DateAt(now, OfficeTime.Moscow),
        RegisteredAt = now,
        Declarant = declarant,
        ForPersonalUse = personal,
        Items = items,
    };

    private static GoodsItem Phone(int number, string brand, decimal quantity, IntendedUse use) => new()
    {
        Number = number,
        Description = "Mobile phone",
        TariffCode = "8517130000",
        Brand = brand,
        OriginCountryCode = "CN",
        Quantity = quantity,
        Unit = "pcs",
        InvoiceValue = 150m * quantity,
        InvoiceCurrency = "USD",
        IntendedUse = use,
    };

    [Fact]
    public async Task A_registered_declaration_is_screened_item_by_item_exempting_personal_use_and_holding_a_commercial_match()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("Phone");
        await ipRegister.RegisterAsync(brand, "8517");
        var person = new Party { Kind = PartyKind.NaturalPerson, Name = "Petrova Anna", Address = "Yekaterinburg, Lenina 1", CountryCode = "RU" };
        var importer = new Party { Kind = PartyKind.LegalPerson, Name = "Grey Imports LLC", TaxpayerNumber = "7709999999", Address = "Orenburg", CountryCode = "RU" };
        var now = await graph.App.NowAsync();
        var parcel = Declaration(now, DeclarationKind.InternationalPostalItem, person, true, Phone(1, brand, 1, IntendedUse.Personal));
        var consignment = Declaration(now, DeclarationKind.CommercialImport, importer, false,
            Phone(1, brand.ToUpperInvariant(), 500, IntendedUse.Commercial), Phone(2, "Nokla", 10, IntendedUse.Commercial));

        await DeclarationsOutbox.PublishAsync(graph.App, parcel);
        await DeclarationsOutbox.PublishAsync(graph.App, consignment);

        await using var db = await graph.App.CreateDataSourceAsync("ipregister-db");
        var outcomes = await Eventually.WaitAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync();
            const string sql = """
                select declaration_id::text || '#' || item_number || '=' || outcome from screenings
                where declaration_id = any(@ids) order by declaration_id = @Parcel desc, item_number
                """;
            return (await connection.QueryAsync<string>(sql, new { ids = new[] { parcel.DeclarationId, consignment.DeclarationId }, Parcel = parcel.DeclarationId })).ToList();
        }, rows => rows.Count == 3, TimeSpan.FromSeconds(30), "both declarations to be screened");
        var completed = await Eventually.WaitAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync();
            const string sql = """
                select count(*) from outbox_messages
                where message_type = 'Customs.IpRegister.Contracts.ScreeningCompleted' and payload->>'declarationId' = any(@ids)
                """;
            return await connection.ExecuteScalarAsync<long>(sql, new { ids = new[] { parcel.DeclarationId.ToString(), consignment.DeclarationId.ToString() } });
        }, n => n == 2, TimeSpan.FromSeconds(30), "ScreeningCompleted for both");

        Assert.Equal(
            [$"{parcel.DeclarationId}#1=exempt_personal_use", $"{consignment.DeclarationId}#1=held", $"{consignment.DeclarationId}#2=clear"],
            outcomes);
        Assert.Equal(2, completed);
    }
}
