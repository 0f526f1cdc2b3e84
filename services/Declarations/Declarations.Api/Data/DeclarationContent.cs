using System.Text.Json;
using Customs.BuildingBlocks.Data;
using Customs.Declarations.Api.Domain;

namespace Customs.Declarations.Api.Data;

/// <summary>The parts of a filed declaration kept as one JSON document (they never change after filing).</summary>
internal sealed record DeclarationContent(
    DeclarationParty Declarant, DeclarationParty? Principal, DeclarationParty? Recipient,
    DateOnly? PresentationDate, string PresentationPlace, PassengerDetails? Passenger, string? DispatchCountryCode = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Enum codes as every column stores them (EnumCodes): legal_person, not LegalPerson (migration 0008).
        Converters = { new EnumCodeJsonConverter() },
    };

    public static string Serialize(DeclarationDraft draft) => JsonSerializer.Serialize(
        new DeclarationContent(draft.Declarant, draft.Principal, draft.Recipient, draft.PresentationDate, draft.PresentationPlace, draft.Passenger,
            draft.DispatchCountryCode), Json);

    public static DeclarationContent Deserialize(string json) =>
        JsonSerializer.Deserialize<DeclarationContent>(json, Json) ?? throw new InvalidOperationException("Empty declaration content.");
}
