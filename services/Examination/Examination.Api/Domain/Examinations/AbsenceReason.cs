namespace Customs.Examination.Api.Domain.Examinations;

/// <summary>Why goods were inspected or examined without the declarant or its representative.</summary>
public enum AbsenceReason
{
    Unspecified = 0,

    /// <summary>372(3)[1]: they did not report within the term of Art. 129(1).</summary>
    DidNotAppear = 1,

    /// <summary>372(3)[2]: danger, or circumstances that brook no delay.</summary>
    DangerousGoods = 2,

    /// <summary>372(3)[3]: international mail.</summary>
    InternationalMail = 3,

    /// <summary>372(3)[4]: goods kept in the territory against an export procedure.</summary>
    ExportProcedureBreached = 4,

    /// <summary>371(2): an inspection in a customs control zone nobody asked to attend. Inspections only.</summary>
    ControlZoneInspection = 5,
}
