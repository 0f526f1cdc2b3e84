using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.V1;
using D = Customs.IpRegister.Api.Domain;

namespace Customs.IpRegister.Api.Grpc;

public static class NoticeMapping
{
    /// <param name="now">Overdue is judged on the date at the suspension's office (Art. 397(2): "the day following").</param>
    public static SuspensionNotice ToProto(NoticeRow row, DateTimeOffset now)
    {
        var notice = new SuspensionNotice
        {
            SuspensionId = row.SuspensionId.ToString(),
            Addressee = EnumMap.To<V1.SuspensionParty>(EnumCodes.Parse<D.Notices.SuspensionParty>(row.Addressee)),
            To = new Party { Name = row.AddresseeName, Address = row.AddresseeAddress },
            OtherParty = new Party { Name = row.OtherPartyName, Address = row.OtherPartyAddress },
            Reasons = row.Reasons,
            SuspendedOn = WireValues.ToDate(row.SuspendedOn),
            SuspendedUntil = WireValues.ToDate(row.SuspendedUntil),
            DueBy = WireValues.ToDate(row.DueBy),
            Sent = row.SentOn is not null,
            SentBy = row.SentBy ?? "",
            SentReference = row.SentReference ?? "",
            Overdue = row.SentOn is null && OfficeDate.On(now, CustomsOffices.JurisdictionOfCode(row.Jurisdiction)) > row.DueBy,
        };
        if (row.SentOn is { } sent)
        {
            notice.SentOn = WireValues.ToDate(sent);
        }

        return notice;
    }
}
