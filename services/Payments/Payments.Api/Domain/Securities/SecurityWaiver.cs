namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// Art. 337(2): security "shall not be required ... in the instances when the customs authorities have good reasons to
/// believe that the commitments assumed before them shall be fulfilled": the decision of the head of an office or a deputy,
/// written with its reasons, for a declaration (<see cref="OperationReference"/> empty) or one operation of it.
/// </summary>
public sealed record SecurityWaiver(
    Guid Id, string Reference, string DeclarationId, string OperationReference, string OfficeCode, string Reason, DateOnly DecidedOn, string DecidedBy)
{
    /// <summary>Waives the security of the whole declaration (a deferral, its release), not of one operation only.</summary>
    public bool WholeDeclaration => OperationReference.Length == 0;

    public bool SameContent(SecurityWaiver other) =>
        other.Reference == Reference && other.DeclarationId == DeclarationId && other.OperationReference == OperationReference
        && other.OfficeCode == OfficeCode && other.Reason == Reason && other.DecidedOn == DecidedOn;
}
