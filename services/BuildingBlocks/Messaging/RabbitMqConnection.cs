namespace Customs.BuildingBlocks.Messaging;

/// <summary>
/// The parts of an AMQP URI (<c>amqp://user:pass@host:port[/vhost]</c>, as Aspire hands it over in
/// <c>ConnectionStrings__messaging</c>) that MassTransit's RabbitMQ host takes one by one.
/// </summary>
public sealed record RabbitMqConnection(string Host, ushort Port, string VirtualHost, string Username, string Password, bool UseTls)
{
    public static RabbitMqConnection Parse(string connectionString)
    {
        // Never echo the connection string: it carries the password.
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new FormatException("The messaging connection string is not an amqp:// or amqps:// URI.");
        }

        var useTls = uri.Scheme == "amqps";
        var port = uri.IsDefaultPort || uri.Port < 0 ? (useTls ? 5671 : 5672) : uri.Port;
        var (username, password) = Credentials(uri.UserInfo);

        // AMQP URI spec: the path is the vhost, percent-encoded ("/%2F" is "/"); none means the default "/".
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new RabbitMqConnection(uri.Host, (ushort)port, virtualHost.Length == 0 ? "/" : virtualHost, username, password, useTls);
    }

    private static (string Username, string Password) Credentials(string userInfo)
    {
        if (userInfo.Length == 0)
        {
            return ("guest", "guest");
        }

        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? (Uri.UnescapeDataString(userInfo), "")
            : (Uri.UnescapeDataString(userInfo[..colon]), Uri.UnescapeDataString(userInfo[(colon + 1)..]));
    }

    // Records print every property; keep the password out of logs and exception messages.
    public override string ToString() => $"amqp{(UseTls ? "s" : "")}://{Uri.EscapeDataString(Username)}@{Host}:{Port}/{Uri.EscapeDataString(VirtualHost)}";
}
