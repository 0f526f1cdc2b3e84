namespace Customs.IpRegister.Api.Domain.Notices;

/// <summary>A party's name (for a natural person: surname, first name, patronymic) and address (Art. 397(2)).</summary>
public sealed record PartyDetails(string Name, string Address);
