using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Google.Protobuf;

namespace Customs.ServiceDefaults;

/// <summary>
/// AIP-158 paging, once for every List RPC: <c>page_size</c> (0 means the RPC's default, above its maximum means the
/// maximum, negative is invalid) and an opaque <c>page_token</c> that carries the position and is bound to the filter it
/// was issued for: the request's other fields and the caller. A token used with another filter is INVALID_ARGUMENT.
/// </summary>
public sealed record PageRequest<TCursor>(int PageSize, TCursor? After, string Filter) where TCursor : class
{
    public string NextToken(TCursor? next) => next is null ? "" : Paging.Issue(next, Filter);
}

public static class Paging
{
    private const string PageSizeField = "page_size";
    private const string PageTokenField = "page_token";

    /// <param name="request">The List request; every field except page_size and page_token is the filter.</param>
    /// <param name="scope">What else the results depend on (the caller for a declarant's own list).</param>
    public static PageRequest<TCursor> Read<TCursor>(IMessage request, int defaultSize, int maxSize, List<FieldViolation> violations, string scope = "")
        where TCursor : class
    {
        var descriptor = request.Descriptor;
        var size = (int)descriptor.FindFieldByName(PageSizeField).Accessor.GetValue(request);
        var token = (string)descriptor.FindFieldByName(PageTokenField).Accessor.GetValue(request);
        if (size < 0)
        {
            violations.Add(new(PageSizeField, "cannot be negative"));
        }

        var filter = FilterOf(request, scope);
        TCursor? after = null;
        if (token.Length > 0 && !TryOpen(token, filter, out after))
        {
            violations.Add(new(PageTokenField, "is not a token this RPC issued for the same filter"));
        }

        return new(size <= 0 ? defaultSize : Math.Min(size, maxSize), after, filter);
    }

    internal static string Issue<TCursor>(TCursor cursor, string filter) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Token<TCursor>(filter, cursor)));

    private static bool TryOpen<TCursor>(string token, string filter, out TCursor? cursor) where TCursor : class
    {
        cursor = null;
        try
        {
            var opened = JsonSerializer.Deserialize<Token<TCursor>>(Base64Url.DecodeFromChars(token));
            if (opened?.F == filter && opened.C is not null)
            {
                cursor = opened.C;
                return true;
            }
        }
        catch (Exception ex) when (ex is FormatException or JsonException or NotSupportedException or ArgumentException)
        {
        }

        return false;
    }

    private static string FilterOf(IMessage request, string scope)
    {
        var filter = request.Descriptor.Parser.ParseFrom(request.ToByteString());
        filter.Descriptor.FindFieldByName(PageSizeField).Accessor.Clear(filter);
        filter.Descriptor.FindFieldByName(PageTokenField).Accessor.Clear(filter);
        var bytes = filter.ToByteArray();
        var scoped = new byte[bytes.Length + Encoding.UTF8.GetByteCount(scope)];
        bytes.CopyTo(scoped, 0);
        Encoding.UTF8.GetBytes(scope, scoped.AsSpan(bytes.Length));
        return Convert.ToHexString(SHA256.HashData(scoped).AsSpan(0, 12));
    }

    private sealed record Token<TCursor>(string F, TCursor C);
}
