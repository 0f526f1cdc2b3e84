using System.Text.Json;
using System.Text.Json.Serialization;
using Customs.Payments.Api.Domain.Assessment;

namespace Customs.Payments.Api.Data;

/// <summary>How an assessment's figures and the items it was made on are kept in jsonb (enums by name, as every service stores them).</summary>
public static class AssessmentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static AssessmentResult ReadResult(string json) => JsonSerializer.Deserialize<AssessmentResult>(json, Options)!;

    public static IReadOnlyList<ItemToAssess> ReadItems(string json) => JsonSerializer.Deserialize<List<ItemToAssess>>(json, Options)!;
}
