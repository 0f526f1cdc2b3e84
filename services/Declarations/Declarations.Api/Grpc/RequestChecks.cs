using Customs.ServiceDefaults;
using Google.Protobuf;

namespace Customs.Declarations.Api.Grpc;

/// <summary>The fields every action names: which declaration, at which version.</summary>
internal static class RequestChecks
{
    public static Guid DeclarationId(string value, List<FieldViolation> violations)
    {
        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        violations.Add(new("declaration_id", "is not a declaration id"));
        return Guid.Empty;
    }

    public static (Guid Id, int Version) Target(string declarationId, int expectedVersion, List<FieldViolation> violations, params (bool Ok, FieldViolation Violation)[] more)
    {
        var id = DeclarationId(declarationId, violations);
        if (expectedVersion <= 0)
        {
            violations.Add(new("expected_version", "is required: the version of the declaration the action was decided on"));
        }

        violations.AddRange(more.Where(m => !m.Ok).Select(m => m.Violation));
        RequestValidationException.ThrowIfAny(violations);
        return (id, expectedVersion);
    }

    public static (bool, FieldViolation) Required(string value, string field) =>
        (!string.IsNullOrWhiteSpace(value), new FieldViolation(field, "is required"));

    public static byte[] Bytes(IMessage message) => message.ToByteArray();
}
