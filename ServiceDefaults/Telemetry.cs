namespace Customs.ServiceDefaults;

/// <summary>Names of the suite's own ActivitySource and Meter, shared by every service.</summary>
public static class Telemetry
{
    public const string ActivitySourceName = "Customs.Suite";
    public const string MeterName = "Customs.Suite";
}
