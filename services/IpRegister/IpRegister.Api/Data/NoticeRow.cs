using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Notices;

namespace Customs.IpRegister.Api.Data;

/// <summary>A notice of a suspension to one party as stored (Art. 397(2)).</summary>
internal sealed class NoticeRow
{
    public Guid SuspensionId { get; init; }

    /// <summary>The suspension's calendar code, for the office's date.</summary>
    public string CustomsOfficeCode { get; init; } = "";

    public string Addressee { get; init; } = "";

    public string AddresseeName { get; init; } = "";

    public string AddresseeAddress { get; init; } = "";

    public string OtherPartyName { get; init; } = "";

    public string OtherPartyAddress { get; init; } = "";

    public string Reasons { get; init; } = "";

    public DateOnly SuspendedOn { get; init; }

    public DateOnly SuspendedUntil { get; init; }

    public DateOnly DueBy { get; init; }

    public string ApplicantCapacity { get; init; } = "";

    public string ApplicantName { get; init; } = "";

    public string ApplicantAddress { get; init; } = "";

    public DateOnly? SentOn { get; init; }

    public string? SentBy { get; init; }

    public string? SentReference { get; init; }

    public RecordedNotice ToDomain() => new(
        new SuspensionNotice(
            SuspensionId, EnumCodes.Parse<SuspensionParty>(Addressee), new PartyDetails(AddresseeName, AddresseeAddress),
            new PartyDetails(OtherPartyName, OtherPartyAddress), Reasons, SuspendedOn, SuspendedUntil, DueBy,
            EnumCodes.Parse<ApplicantCapacity>(ApplicantCapacity), new PartyDetails(ApplicantName, ApplicantAddress)),
        CustomsOfficeCode, SentOn, SentBy, SentReference);
}
