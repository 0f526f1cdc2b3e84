namespace Customs.Examination.Api.Domain.Experts;

/// <summary>Art. 383(1)-(2): who took a sample.</summary>
public enum SampleTaker
{
    Unspecified = 0,

    /// <summary>383(1): customs officers, with an expert or a specialist where needed.</summary>
    Customs = 1,

    /// <summary>383(2): the declarant, a person with powers over the goods (Art. 398(1)) or their representative.</summary>
    Declarant = 2,

    /// <summary>383(2): an employee of another state agency.</summary>
    OtherStateAgency = 3,
}
