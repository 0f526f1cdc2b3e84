using System.Text.Json;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>The JSON documents kept in PostgreSQL store enum codes as the columns do (EnumCodes), never member names.</summary>
public sealed class StoredJsonTests
{
    [Fact]
    public void A_filed_declarations_parties_are_stored_with_the_code_of_their_kind()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item()) with { Recipient = Drafts.Company };

        var json = DeclarationContent.Serialize(draft);

        Assert.Contains("\"kind\":\"natural_person\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"legal_person\"", json, StringComparison.Ordinal);
        Assert.Equal(PartyKind.LegalPerson, DeclarationContent.Deserialize(json).Recipient!.Kind);
    }

    [Fact]
    public void Documents_and_categories_are_stored_as_codes_and_member_names_are_not_read()
    {
        var json = JsonSerializer.Serialize(
            new { documents = new[] { new GoodsDocumentRef(DocumentKind.CitesPermit, "P-1", null) }, categories = new[] { GoodsCategory.CulturalValuables } },
            DeclarationContent.Json);

        Assert.Equal("""{"documents":[{"kind":"cites_permit","reference":"P-1","issuedOn":null}],"categories":["cultural_valuables"]}""", json);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<List<GoodsCategory>>("""["CulturalValuables"]""", DeclarationContent.Json));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<List<GoodsCategory>>("[3]", DeclarationContent.Json));
    }
}
