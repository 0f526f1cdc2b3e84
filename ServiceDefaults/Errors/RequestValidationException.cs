namespace Customs.ServiceDefaults;

/// <summary>
/// A malformed request: answered with <c>InvalidArgument</c>, reason <see cref="ErrorReasons.InvalidRequest"/> and one
/// <c>google.rpc.BadRequest.FieldViolation</c> per problem. Descriptions never repeat the value sent.
/// </summary>
public sealed class RequestValidationException(IReadOnlyList<FieldViolation> violations)
    : DomainException(ErrorReasons.InvalidRequest, Describe(violations))
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
