using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Grpc;

internal static class Ids
{
    /// <summary>A required id: a violation when absent or not a UUID.</summary>
    public static Guid Required(string value, string field, List<FieldViolation> violations)
    {
        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        violations.Add(new(field, value.Length == 0 ? "is required" : "is not a UUID"));
        return Guid.Empty;
    }
}
