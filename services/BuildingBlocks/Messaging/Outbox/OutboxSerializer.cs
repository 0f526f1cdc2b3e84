using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Customs.BuildingBlocks.Messaging.Outbox;

/// <summary>The one place that fixes the payload format, so what the writer stores the dispatcher can read.</summary>
internal static class OutboxSerializer
{
    public static string Serialize(object message, Type type) => JsonSerializer.Serialize(message, type, JsonSerializerOptions.Web);

    public static bool TryDeserialize(
        MessageTypeRegistry registry, OutboxMessage row,
        [NotNullWhen(true)] out object? message, [NotNullWhen(true)] out Type? type, [NotNullWhen(false)] out Exception? error)
    {
        message = null;
        error = null;
        if (!registry.TryResolve(row.MessageType, out type))
        {
            error = new InvalidOperationException(OutboxStore.UnknownTypeError);
            return false;
        }

        try
        {
            message = JsonSerializer.Deserialize(row.Payload, type, JsonSerializerOptions.Web);
            if (message is null)
            {
                error = new JsonException("The payload is JSON null.");
                return false;
            }

            return true;
        }
        catch (JsonException ex)
        {
            error = ex;
            return false;
        }
    }
}
