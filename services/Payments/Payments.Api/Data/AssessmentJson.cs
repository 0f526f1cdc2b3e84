using System.Text.Json;
using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Domain.Assessment;

namespace Customs.Payments.Api.Data;

/// <summary>How an assessment's figures and the items it was made on are kept in jsonb (enums as codes, as every service stores them: <see cref="EnumCodeJsonConverter"/>).</summary>
public static class AssessmentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new EnumCodeJsonConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static AssessmentResult ReadResult(string json) => JsonSerializer.Deserialize<AssessmentResult>(json, Options)!;

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static IReadOnlyList<ItemToAssess> ReadItems(string json) => JsonSerializer.Deserialize<List<ItemToAssess>>(json, Options)!;
}
