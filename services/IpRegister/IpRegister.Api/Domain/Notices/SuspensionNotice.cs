using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Api.Domain.Notices;

/// <summary>
/// Art. 397(2): the notice of a suspension to one party — its reasons and terms, and the other party's name and
/// address — due no later than the day following the suspension. Customs records when and how it was sent. It names
/// the register's applicant in the capacity it acts in, with its name and address, exactly as recorded: in the 2017
/// Xiaomi affair the letter to a declarant called an importer "an authorized representative of the copyright holder".
/// </summary>
public sealed record SuspensionNotice(
    Guid SuspensionId, SuspensionParty Addressee, PartyDetails To, PartyDetails OtherParty, string Reasons,
    DateOnly SuspendedOn, DateOnly SuspendedUntil, DateOnly DueBy, ApplicantCapacity ApplicantCapacity, PartyDetails Applicant)
{
    /// <summary>Who had the object entered and as what: the capacity recorded, never another one.</summary>
    public string ApplicantStatement => ApplicantCapacity switch
    {
        ApplicantCapacity.RightHolder => $"The object was entered in the register on the application of the right-holder itself, {Describe(Applicant)}.",
        ApplicantCapacity.Representative => $"The object was entered in the register on the application of {Describe(Applicant)}, acting as the right-holder's representative.",
        ApplicantCapacity.Licensee => $"The object was entered in the register on the application of {Describe(Applicant)}, acting as the right-holder's licensee.",
        ApplicantCapacity.Importer => $"The object was entered in the register on the application of {Describe(Applicant)}, acting as an importer.",
        _ => throw new InvalidOperationException($"Suspension {SuspensionId} records no applicant capacity."),
    };

    /// <summary>One notice each to the declarant and to the right-holder (or its representative), each naming the other.</summary>
    public static IReadOnlyList<SuspensionNotice> For(Suspension suspension, string reasons)
    {
        var (declarant, rightHolder) = (suspension.Context.Declarant, suspension.Context.RightHolder);
        if (suspension.Status != SuspensionStatus.Active || suspension.NotifyPartiesBy is not { } dueBy)
        {
            throw new SuspensionRuleException(RegisterErrors.NotActive,
                "Parties are notified of a suspension in force, not of a hold pending the decision (Art. 397(2)).", "Customs Code Art. 397(2)");
        }

        return
        [
            new(suspension.Id, SuspensionParty.Declarant, declarant, rightHolder, reasons, suspension.SuspendedOn, suspension.Until, dueBy,
                suspension.Context.ApplicantCapacity, suspension.Context.Applicant),
            new(suspension.Id, SuspensionParty.RightHolder, rightHolder, declarant, reasons, suspension.SuspendedOn, suspension.Until, dueBy,
                suspension.Context.ApplicantCapacity, suspension.Context.Applicant),
        ];
    }

    /// <summary>The reasons stated in the notice: the signs of infringement, the items, the legal basis.</summary>
    public static string ReasonsFor(string objectName, string registrationNumber, IReadOnlyList<int> items, string legalBasis) =>
        $"Signs of infringement of {objectName} ({registrationNumber}), entered in the customs register, on goods items "
        + $"{string.Join(", ", items)}; {legalBasis}.";

    private static string Describe(PartyDetails party) => $"{party.Name} ({party.Address})";
}
