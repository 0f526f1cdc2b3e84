using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// Art. 383 for samples taken outside an expert analysis: the same rules of taking (<see cref="SampleRules"/>: minimal quantity,
/// the record, witnesses or the authorisation of 383(3)), what became of them (383(11)) and an agency's results (383(9)); and
/// what they were taken for: customs takes samples "in the process of customs control procedures" (383(1)), so for a form of
/// control of Art. 366; the declarant or an agency (383(2)) states its purpose.
/// </summary>
public static class ControlSampleRules
{
    public static ControlSample Take(
        IReadOnlyList<ControlSample> taken, Guid id, Guid declarationId, IReadOnlyList<ItemFacts> items, ControlForm? form, string purpose, Sample sample,
        AbsenceReason absence)
    {
        if (sample.Taker == SampleTaker.Customs && form is null or ControlForm.Unspecified)
        {
            throw new RequestValidationException([new("form", "is required: the form of customs control (Art. 366) the sample is taken for (Art. 383(1))")]);
        }

        if (sample.Taker is SampleTaker.Declarant or SampleTaker.OtherStateAgency && string.IsNullOrWhiteSpace(purpose))
        {
            throw new RequestValidationException([new("purpose", "is required: what the declarant or the agency takes the sample for (Art. 383(2))")]);
        }

        var numbered = SampleRules.Take([.. taken.Select(t => t.Sample)], items, sample, absence);
        return new ControlSample(id, declarationId, sample.Taker == SampleTaker.Customs ? form : null, purpose.Trim(), numbered);
    }

    public static IReadOnlyList<ControlSample> Dispose(IReadOnlyList<ControlSample> taken, int number, SampleDisposition disposition, DateOnly on) =>
        Replace(taken, SampleRules.Dispose([.. taken.Select(t => t.Sample)], number, disposition, on), number);

    public static IReadOnlyList<ControlSample> RecordResults(IReadOnlyList<ControlSample> taken, int number, AgencyResults results, DateOnly today) =>
        Replace(taken, SampleRules.RecordResults([.. taken.Select(t => t.Sample)], number, results, today), number);

    /// <summary>Art. 383(4): the customs value of the declaration's samples outside analyses customs kept, in RUB.</summary>
    public static decimal ValueReductionRub(IReadOnlyList<ControlSample> taken) =>
        taken.Where(t => t.Sample.Disposition == SampleDisposition.KeptByCustoms).Sum(t => t.Sample.CustomsValueRub);

    private static IReadOnlyList<ControlSample> Replace(IReadOnlyList<ControlSample> taken, IReadOnlyList<Sample> samples, int number) =>
        [.. taken.Select(t => t.Sample.Number == number ? t with { Sample = samples.Single(s => s.Number == number) } : t)];
}
