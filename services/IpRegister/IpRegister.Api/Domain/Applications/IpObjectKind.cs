namespace Customs.IpRegister.Api.Domain.Applications;

/// <summary>The objects whose holders may ask for measures (Art. 393(1)).</summary>
public enum IpObjectKind
{
    Unspecified = 0,
    Trademark = 1,
    Copyright = 2,
    RelatedRight = 3,
    AppellationOfOrigin = 4,
}
