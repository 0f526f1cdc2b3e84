namespace Customs.Examination.Api.Domain.Closures;

/// <summary>
/// The end of the control of a declaration withdrawn (Art. 356(1)[2]) or regarded as void (356(1)[1]): there are no goods under
/// the declaration to control any more, so its control case closes and the work under way ends with this reason.
/// </summary>
public sealed record CaseClosure(Guid DeclarationId, ClosureGround Ground, string Reason, string? ClosedBy, DateTimeOffset ClosedAt)
{
    /// <summary>The reason recorded on each examination and expert analysis it ends.</summary>
    public string EndReason => Ground switch
    {
        ClosureGround.Withdrawn => $"Art. 356(1)[2]: the declaration was withdrawn by the declarant{Detail}",
        ClosureGround.Voided => $"Art. 356(1)[1]: the declaration was regarded as void{Detail}",
        _ => throw new InvalidOperationException("A closure has a ground."),
    };

    private string Detail => string.IsNullOrWhiteSpace(Reason) ? "" : $" ({Reason.Trim()})";
}
