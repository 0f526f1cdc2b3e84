using GDate = Google.Type.Date;

namespace Customs.IpRegister.Api.Grpc;

/// <summary>google.type.Date ↔ DateOnly at the edge.</summary>
public static class Dates
{
    public static GDate? ToProto(DateOnly? day) => day is { } d ? new GDate { Year = d.Year, Month = d.Month, Day = d.Day } : null;

    public static DateOnly? FromProto(GDate? date)
    {
        if (date is null || date.Year == 0 || date.Month == 0 || date.Day == 0)
        {
            return null;
        }

        try
        {
            return new DateOnly(date.Year, date.Month, date.Day);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
