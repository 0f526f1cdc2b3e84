namespace Customs.IpRegister.Api.Domain.Applications;

/// <summary>
/// In what capacity the applicant acts (Art. 394(1)): only the right-holder may apply in its own name; anyone else
/// (a representative, a licensee, an importer) only under the right-holder's power of attorney, and is recorded
/// as what it is, so that a suspension shows when an importer had a trademark entered (the 2017 Xiaomi case).
/// </summary>
public enum ApplicantCapacity
{
    Unspecified = 0,
    RightHolder = 1,
    Representative = 2,
    Licensee = 3,
    Importer = 4,
}
