namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>How the goods cross the border: Art. 400 exempts goods carried by natural persons or sent by international mail.</summary>
public enum DeclarationChannel
{
    Unspecified = 0,
    Commercial = 1,
    Passenger = 2,
    InternationalMail = 3,
}
