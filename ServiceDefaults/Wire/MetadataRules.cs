using Grpc.Core;

namespace Customs.ServiceDefaults;

/// <summary>
/// Limits on a call's metadata: no value longer than <see cref="MaxValueLength"/> characters and no control characters
/// in text values. The host accepts headers up to <see cref="MaxTotalBytes"/> so that a longer one is answered here, as
/// INVALID_ARGUMENT naming the header, instead of a stream reset.
/// </summary>
public static class MetadataRules
{
    public const int MaxValueLength = 8_192;
    public const int MaxTotalBytes = 256 * 1024;

    public static List<FieldViolation> Check(Metadata headers)
    {
        var violations = new List<FieldViolation>();
        foreach (var entry in headers)
        {
            var field = $"metadata.{(entry.Key.Length <= 100 ? entry.Key : entry.Key[..100])}";
            if (entry.IsBinary ? entry.ValueBytes.Length > MaxValueLength : entry.Value.Length > MaxValueLength)
            {
                violations.Add(new(field, $"is longer than {MaxValueLength} characters"));
            }
            else if (!entry.IsBinary && entry.Value.Any(c => char.IsControl(c) && c != '\t'))
            {
                violations.Add(new(field, "contains a control character"));
            }
        }

        return violations;
    }
}
