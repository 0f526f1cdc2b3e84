using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Api.Domain.Inspections;

/// <summary>
/// Art. 398(1): the customs office's written permission for the declarant or the holder (or their representatives) to
/// take samples and specimens of suspended goods, research, inspect and photograph them; valid while the suspension
/// runs. Art. 398(3): what the grantee learns is confidential — recorded as a condition of the permission.
/// </summary>
public sealed record InspectionPermission(
    Guid Id, Guid SuspensionId, SuspensionParty Party, string GranteeName, IReadOnlyList<InspectionAction> Actions, string PermissionReference,
    DateOnly GrantedOn, string GrantedBy, OfficerRole GrantedByRole, DateOnly ValidUntil, string ConfidentialityCondition)
{
    public static string ConfidentialityFor(SuspensionParty party) =>
        $"Customs Code Art. 398(3): the information the {(party == SuspensionParty.Declarant ? "declarant" : "right-holder")} obtains under "
        + "this permission is confidential and shall not be revealed or transferred to any third party, including state bodies, "
        + "except as federal law provides.";

    public static InspectionPermission Grant(
        Guid id, Suspension suspension, SuspensionParty party, string granteeName, IReadOnlyList<InspectionAction> actions, string reference,
        DateOnly today, string officerId, OfficerRole role)
    {
        if (!role.IsOfficer())
        {
            throw new PermissionDeniedException(RegisterErrors.OfficerRequired,
                "Only a customs officer grants permission to inspect or sample goods (Art. 398(1)).", "Customs Code Art. 398(1)");
        }

        if (suspension.Status != SuspensionStatus.Active || today > suspension.Until)
        {
            throw new SuspensionRuleException(RegisterErrors.NotActive,
                "Samples are taken and goods inspected only while their release is suspended (Art. 398(1)); this suspension is not in force.", "Customs Code Art. 398(1)");
        }

        return new(
            id, suspension.Id, party, granteeName.Trim(), [.. actions.Distinct().Order()], reference.Trim(), today, officerId, role,
            ValidUntilFor(suspension), ConfidentialityFor(party));
    }

    /// <summary>
    /// Art. 398(1): the permission concerns "goods [...] whose release has been suspended": it lasts as long as the
    /// suspension, to the last day of its term, an extension (Art. 397(1)) included.
    /// </summary>
    public static DateOnly ValidUntilFor(Suspension suspension) => suspension.Until;
}
