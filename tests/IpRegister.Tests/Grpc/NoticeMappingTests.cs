using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Grpc;

namespace Customs.IpRegister.Tests.Grpc;

public sealed class NoticeMappingTests
{
    private static readonly DateOnly DueBy = new(2026, 3, 7);

    private static RecordedNotice Notice(DateOnly? sentOn = null) => new(
        new SuspensionNotice(
            Guid.NewGuid(), SuspensionParty.RightHolder, new("XIAOMI Holdings", "Beijing"), new("Grey Imports LLC", "Orenburg"), "reasons",
            DueBy.AddDays(-1), DueBy.AddDays(14), DueBy, Api.Domain.Applications.ApplicantCapacity.RightHolder, new("XIAOMI Holdings", "Beijing")),
        "10005000", sentOn, sentOn is null ? null : "officer-1", sentOn is null ? null : "letter 7");

    /// <summary>An instant during the given day at a Moscow office (noon there).</summary>
    private static DateTimeOffset During(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(3));

    [Fact]
    public void A_notice_not_sent_after_its_day_is_overdue_and_not_before()
    {
        Assert.False(NoticeMapping.ToProto(Notice(), During(DueBy)).Overdue);
        Assert.True(NoticeMapping.ToProto(Notice(), During(DueBy.AddDays(1))).Overdue);
    }

    [Fact]
    public void A_notice_is_overdue_from_midnight_at_the_office_not_in_UTC()
    {
        // 00:30 on 8 March in Moscow is still 7 March in UTC.
        var justAfterMidnightInMoscow = new DateTimeOffset(2026, 3, 8, 0, 30, 0, TimeSpan.FromHours(3));

        Assert.True(NoticeMapping.ToProto(Notice(), justAfterMidnightInMoscow).Overdue);
    }

    [Fact]
    public void A_sent_notice_is_never_overdue()
    {
        var sent = NoticeMapping.ToProto(Notice(sentOn: DueBy.AddDays(2)), During(DueBy.AddDays(5)));

        Assert.True(sent.Sent);
        Assert.False(sent.Overdue);
        Assert.Equal(Customs.IpRegister.V1.SuspensionParty.RightHolder, sent.Addressee);
    }
}
