namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// A sample or specimen taken (Art. 383), in the minimal quantity, and what became of it: by customs officers (383(1)), or by
/// the declarant or an employee of another state agency on the office's authorisation (383(2)-(3)), each with its record
/// (383(1)). An agency's results reach customs, who tell the persons of 383(2) (383(9)).
/// </summary>
public sealed record Sample(
    int Number, int ItemNumber, decimal Quantity, string Unit, decimal CustomsValueRub, DateOnly TakenOn, string TakenBy, bool DeclarantPresent,
    IReadOnlyList<string> Witnesses, SampleDisposition Disposition, DateOnly? DisposedOn,
    SampleTaker Taker = SampleTaker.Customs, string? TakerName = null, string? Agency = null, string? RecordReference = null,
    string? AuthorisationReference = null, IReadOnlyList<AuthorisationCondition>? ConditionsMet = null, bool CustomsOfficerPresent = true,
    AgencyResults? Results = null);
