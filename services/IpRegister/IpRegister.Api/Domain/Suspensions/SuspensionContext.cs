using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Notices;

namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>
/// What a suspension records when it is made, as the declaration and the register entry gave it: the office and its
/// calendar (<paramref name="Jurisdiction"/>, the calendar's code), and the parties each side is told of (Art. 397(2)),
/// with the register's applicant and the capacity in which it acts.
/// </summary>
public sealed record SuspensionContext(
    string? RegistrationNumber, string CustomsOfficeCode, string Jurisdiction, ApplicantCapacity ApplicantCapacity,
    PartyDetails RightHolder, PartyDetails Declarant, PartyDetails Applicant);
