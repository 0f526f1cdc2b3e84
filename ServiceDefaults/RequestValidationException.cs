namespace Customs.ServiceDefaults;

/// <summary>
/// Thrown by a service when a request is malformed; the gRPC pipeline answers it with
/// <c>InvalidArgument</c> and one <c>google.rpc.BadRequest.FieldViolation</c> per problem.
/// </summary>
public sealed class RequestValidationException(IReadOnlyList<FieldViolation> violations)
    : Exception(Describe(violations))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;

    public static void ThrowIfAny(IReadOnlyCollection<FieldViolation> violations)
    {
        if (violations.Count > 0)
        {
            throw new RequestValidationException([.. violations]);
        }
    }

    private static string Describe(IReadOnlyList<FieldViolation> violations) =>
        violations.Count == 1
            ? $"{violations[0].Field}: {violations[0].Description}"
            : $"The request has {violations.Count} invalid fields.";
}
