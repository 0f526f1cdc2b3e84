namespace Customs.IpRegister.Api.Suspensions;

/// <summary>Why a suspension's last day moved other than by an extension (<see cref="Contracts.ReleaseSuspensionTermChanged"/>).</summary>
public enum TermChangeCause
{
    /// <summary>GAC Art. 22: the holder's 3 working days run from delivery of the written notice.</summary>
    GacNoticeDelivered = 1,

    /// <summary>GAC Art. 29: detained, the goods wait at most 50 working days from detaining for a court's notice.</summary>
    GacDetained = 2,

    /// <summary>A provisional term counted again with a year's calendar act now loaded.</summary>
    CalendarRecounted = 3,
}
