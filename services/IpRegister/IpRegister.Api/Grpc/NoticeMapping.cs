using Customs.ServiceDefaults;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.V1;

namespace Customs.IpRegister.Api.Grpc;

public static class NoticeMapping
{
    /// <param name="now">Overdue is judged on the date at the suspension's office (Art. 397(2): "the day following").</param>
    public static V1.SuspensionNotice ToProto(RecordedNotice recorded, DateTimeOffset now)
    {
        var n = recorded.Notice;
        var notice = new V1.SuspensionNotice
        {
            SuspensionId = n.SuspensionId.ToString(),
            Addressee = EnumMap.To<V1.SuspensionParty>(n.Addressee),
            To = new Party { Name = n.To.Name, Address = n.To.Address },
            OtherParty = new Party { Name = n.OtherParty.Name, Address = n.OtherParty.Address },
            Reasons = n.Reasons,
            SuspendedOn = WireValues.ToDate(n.SuspendedOn),
            SuspendedUntil = WireValues.ToDate(n.SuspendedUntil),
            DueBy = WireValues.ToDate(n.DueBy),
            Sent = recorded.Sent,
            SentBy = recorded.SentBy ?? "",
            SentReference = recorded.SentReference ?? "",
            ApplicantCapacity = EnumMap.To<V1.ApplicantCapacity>(n.ApplicantCapacity),
            Applicant = new Party { Name = n.Applicant.Name, Address = n.Applicant.Address },
            ApplicantStatement = n.ApplicantStatement,
            Overdue = recorded.IsOverdueOn(OfficeDate.At(recorded.CustomsOfficeCode, now)),
        };
        if (recorded.SentOn is { } sent)
        {
            notice.SentOn = WireValues.ToDate(sent);
        }

        return notice;
    }
}
