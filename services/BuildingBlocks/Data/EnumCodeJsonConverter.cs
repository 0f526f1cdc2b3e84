using System.Text.Json;
using System.Text.Json.Serialization;

namespace Customs.BuildingBlocks.Data;

/// <summary>
/// Enums in JSON documents stored in PostgreSQL follow <see cref="EnumCodes"/>, as columns do (right_holder, not
/// RightHolder): one convention, so a query or a migration reads a code the same way wherever it is kept.
/// </summary>
public sealed class EnumCodeJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && EnumCodes.TryParse<T>(reader.GetString(), out var value)
                ? value
                : throw new JsonException($"Not a code of {typeof(T).Name}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(EnumCodes.Of(value));
    }
}
