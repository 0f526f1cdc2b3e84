using System.Text.Json;
using Customs.BuildingBlocks.Data;

namespace Customs.Examination.Api.Data;

/// <summary>How documents are kept in jsonb: enums as codes (<see cref="EnumCodeJsonConverter"/>), as every service stores them.</summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new EnumCodeJsonConverter() } };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
