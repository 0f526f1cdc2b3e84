using System.Text.Json.Nodes;
using Dapper;
using Npgsql;

namespace Customs.Suite.Tests.Declarations;

/// <summary>Declarations' migration 0008: JSON documents stored before it keep member names; after it, enum codes.</summary>
[Collection(GraphCollection.Name)]
public sealed class EnumCodesInJsonMigrationTests(GraphFixture graph)
{
    private static readonly string Scripts = Path.Combine(Repository.Root, "services", "Declarations", "Declarations.Api", "Data", "Migrations");

    [Fact]
    public async Task Enum_names_in_stored_documents_become_enum_codes_and_nothing_else_changes()
    {
        await using var dataSource = NpgsqlDataSource.Create(await graph.App.CreateScratchDatabaseAsync("postgres", "json_codes"));
        await RunAsync(dataSource, name => string.CompareOrdinal(name, "0008") < 0);
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            // As the JsonStringEnumConverter of the filing wrote them before 0008.
            const string sql = """
                insert into declarations (id, version, kind, direction, status, customs_office_code, filed_by, filed_at, for_personal_use, content, assessment)
                values ('00000000-0000-0000-0000-000000000001', 1, 'passenger', 'import', 'filed', '10005000', 'x', now(), true,
                    '{"declarant":{"kind":"NaturalPerson","name":"Anna NaturalPerson","address":"Tverskaya 1"},"principal":null,
                      "recipient":{"kind":"LegalPerson","name":"OOO Alfa","address":"Moscow"},"presentationPlace":"SVO"}',
                    '{"findings":[{"itemNumber":1,"kind":"AlcoholOverLimit","rule":"Memo: AlcoholOverLimit"},{"itemNumber":2,"kind":"UnderAge","rule":"r"}],
                      "requiredPermits":[{"itemNumber":3,"category":"RadioElectronic","document":"RadioFrequencyPermit","presented":false}],
                      "mandatoryDeclarationRules":[]}');
                insert into goods_items (declaration_id, item_number, description, tariff_code, origin_country_code, quantity, unit,
                    invoice_value, invoice_currency, intended_use, documents, declared_categories)
                values ('00000000-0000-0000-0000-000000000001', 1, 'Whisky', '2208300000', 'GB', 6, 'l', 100, 'EUR', 'personal_use',
                    '[{"kind":"CitesPermit","reference":"CitesPermit-1"},{"kind":"Invoice","reference":"A"}]', '["CulturalValuables","Alcohol"]');
                """;
            await connection.ExecuteAsync(sql);
        }

        await RunAsync(dataSource, name => name.StartsWith("0008", StringComparison.Ordinal));

        await using var read = await dataSource.OpenConnectionAsync();
        var (content, assessment) = await read.QuerySingleAsync<(string, string)>("select content::text, assessment::text from declarations");
        var (documents, categories) = await read.QuerySingleAsync<(string, string)>("select documents::text, declared_categories::text from goods_items");
        AssertJson(
            """{"principal": null, "declarant": {"kind": "natural_person", "name": "Anna NaturalPerson", "address": "Tverskaya 1"}, "recipient": {"kind": "legal_person", "name": "OOO Alfa", "address": "Moscow"}, "presentationPlace": "SVO"}""",
            content);
        AssertJson(
            """{"findings": [{"kind": "alcohol_over_limit", "rule": "Memo: AlcoholOverLimit", "itemNumber": 1}, {"kind": "under_age", "rule": "r", "itemNumber": 2}], "requiredPermits": [{"category": "radio_electronic", "document": "radio_frequency_permit", "presented": false, "itemNumber": 3}], "mandatoryDeclarationRules": []}""",
            assessment);
        AssertJson("""[{"kind": "cites_permit", "reference": "CitesPermit-1"}, {"kind": "invoice", "reference": "A"}]""", documents);
        AssertJson("""["cultural_valuables", "alcohol"]""", categories);
    }

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), actual);

    private static async Task RunAsync(NpgsqlDataSource dataSource, Func<string, bool> which)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var file in Directory.GetFiles(Scripts, "*.sql").Order(StringComparer.Ordinal).Where(f => which(Path.GetFileName(f))))
        {
            await connection.ExecuteAsync(await File.ReadAllTextAsync(file));
        }
    }
}
