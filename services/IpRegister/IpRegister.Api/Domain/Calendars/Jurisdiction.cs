namespace Customs.IpRegister.Api.Domain.Calendars;

/// <summary>The rule set of a customs office: the Russian Customs Code or the Chinese GAC measures.</summary>
public enum Jurisdiction
{
    Russia = 0,
    China = 1,
}
