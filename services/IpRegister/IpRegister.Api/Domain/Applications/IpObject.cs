namespace Customs.IpRegister.Api.Domain.Applications;

/// <summary>The intellectual property object (Art. 394(2)): what it is, its registration and its term of protection.</summary>
public sealed record IpObject(
    IpObjectKind Kind,
    string Name,
    string RegistrationNumber,
    IReadOnlyList<int> Classes,
    DateOnly? ProtectionEndsOn);
