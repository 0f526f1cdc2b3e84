using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Experts;

/// <summary>The rules of Art. 383 on samples and specimens; each returns the new state or refuses, changing nothing.</summary>
public static class SampleRules
{
    private static readonly AuthorisationCondition[] Conditions =
        [AuthorisationCondition.DoesNotImpedeControl, AuthorisationCondition.DoesNotAffectProperties, AuthorisationCondition.NoEvasionOrBreachOfProhibitions];

    /// <summary>
    /// Art. 383: a sample in the minimal quantity (383(3)) with the record of 383(1). Taken by customs: with the declarant present or,
    /// in the cases of Art. 372(3), before at least two witnesses (383(8)). Taken by the declarant or another state agency (383(2)):
    /// on the office's authorisation, given only when the three conditions of 383(3) hold; customs may attend (383(6)), and the
    /// declarant may attend an agency's taking (383(5)).
    /// </summary>
    public static ExpertAnalysis Take(ExpertAnalysis a, IReadOnlyList<ItemFacts> items, Sample s, AbsenceReason absence) =>
        a with { Samples = [.. a.Samples, Take(a.Samples, items, s, absence)] };

    /// <summary>The sample taken, numbered after <paramref name="taken"/> (those of the same analysis, or of the declaration outside any).</summary>
    public static Sample Take(IReadOnlyList<Sample> taken, IReadOnlyList<ItemFacts> items, Sample s, AbsenceReason absence)
    {
        var v = new List<FieldViolation>();
        var item = items.FirstOrDefault(i => i.Number == s.ItemNumber);
        if (item is null)
        {
            v.Add(new("item_number", "names no goods item of the declaration"));
        }
        else if (s.Quantity <= 0 || s.Quantity >= item.Quantity)
        {
            v.Add(new("quantity", "a sample is a minimal part of the item: more than 0 and less than its declared quantity (Art. 383(3))"));
        }

        if (s.CustomsValueRub < 0)
        {
            v.Add(new("customs_value", "cannot be negative"));
        }

        if (string.IsNullOrWhiteSpace(s.RecordReference))
        {
            v.Add(new("record_reference", "is required: the taking of samples is formalised in a report (Art. 383(1))"));
        }

        if (s.Taker == SampleTaker.Customs)
        {
            if (!s.DeclarantPresent && (absence is AbsenceReason.Unspecified or AbsenceReason.ControlZoneInspection || s.Witnesses.Count < 2))
            {
                v.Add(new("witnesses", "without the declarant a sample is taken only in the cases of Art. 372(3), before at least two witnesses (Art. 383(8))"));
            }
        }
        else
        {
            ByOthers(s, v);
        }

        RequestValidationException.ThrowIfAny(v);
        return s with
        {
            Number = taken.Count + 1, Unit = item!.Unit, Disposition = SampleDisposition.Held,
            DeclarantPresent = s.Taker == SampleTaker.Declarant || s.DeclarantPresent,
            CustomsOfficerPresent = s.Taker == SampleTaker.Customs || s.CustomsOfficerPresent,
        };
    }

    /// <summary>
    /// Art. 383(11): returned, destroyed, or kept by customs. Only a sample customs took can be kept by customs and so reduce the
    /// customs value (383(4): "seized by the customs office and not returned").
    /// </summary>
    public static ExpertAnalysis Dispose(ExpertAnalysis a, int sampleNumber, SampleDisposition disposition, DateOnly on) =>
        a with { Samples = Dispose(a.Samples, sampleNumber, disposition, on) };

    public static IReadOnlyList<Sample> Dispose(IReadOnlyList<Sample> samples, int sampleNumber, SampleDisposition disposition, DateOnly on)
    {
        if (disposition is SampleDisposition.Unspecified or SampleDisposition.Held)
        {
            throw new RequestValidationException([new("disposition", "must be RETURNED, DESTROYED or KEPT_BY_CUSTOMS")]);
        }

        var sample = Find(samples, sampleNumber);
        if (sample.Disposition != SampleDisposition.Held)
        {
            throw new RuleViolationException(ExaminationErrors.SampleDisposed, $"Sample {sampleNumber} was {sample.Disposition} already.", "Art. 383(11)");
        }

        if (disposition == SampleDisposition.KeptByCustoms && sample.Taker != SampleTaker.Customs)
        {
            throw new RuleViolationException(ExaminationErrors.SampleNotTakenByCustoms,
                $"Sample {sampleNumber} was taken by the {sample.Taker}, not seized by customs: it cannot be kept by customs.", "Art. 383(4)");
        }

        return [.. samples.Select(s => s.Number == sampleNumber ? s with { Disposition = disposition, DisposedOn = on } : s)];
    }

    /// <summary>
    /// Art. 383(9): "The customs authorities should be informed of the results of the conducted investigation of the samples and
    /// specimens taken by employees of other state agencies and notify about them the persons specified in Item 2". Once per sample.
    /// </summary>
    public static ExpertAnalysis RecordResults(ExpertAnalysis a, int sampleNumber, AgencyResults results, DateOnly today) =>
        a with { Samples = RecordResults(a.Samples, sampleNumber, results, today) };

    public static IReadOnlyList<Sample> RecordResults(IReadOnlyList<Sample> samples, int sampleNumber, AgencyResults results, DateOnly today)
    {
        var v = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(results.Results))
        {
            v.Add(new("results", "is required: the results the agency informed customs of (Art. 383(9))"));
        }

        if (results.ReceivedOn > today)
        {
            v.Add(new("received_on", "cannot be later than today at the office"));
        }

        if (results.NotifiedOn is { } notified && (notified < results.ReceivedOn || notified > today))
        {
            v.Add(new("notified_on", "is on or after the day the results were received, and not later than today"));
        }

        RequestValidationException.ThrowIfAny(v);
        var sample = Find(samples, sampleNumber);
        if (sample.Taker != SampleTaker.OtherStateAgency)
        {
            throw new RuleViolationException(ExaminationErrors.SampleNotTakenByAgency,
                $"Sample {sampleNumber} was not taken by another state agency: its results are the analysis' conclusions.", "Art. 383(9)");
        }

        if (sample.Results is not null)
        {
            throw new RuleViolationException(ExaminationErrors.SampleResultsRecorded, $"The results of sample {sampleNumber} are recorded already.", "Art. 383(9)");
        }

        return [.. samples.Select(s => s.Number == sampleNumber ? s with { Results = results with { Results = results.Results.Trim() } } : s)];
    }

    private static void ByOthers(Sample s, List<FieldViolation> v)
    {
        if (s.Taker == SampleTaker.Unspecified)
        {
            v.Add(new("taken_by", "is required"));
            return;
        }

        if (string.IsNullOrWhiteSpace(s.TakerName))
        {
            v.Add(new("taker", "is required: who took the sample (Art. 383(2))"));
        }

        if (s.Taker == SampleTaker.OtherStateAgency && string.IsNullOrWhiteSpace(s.Agency))
        {
            v.Add(new("agency", "is required: the state agency whose employee took the sample (Art. 383(2))"));
        }

        if (string.IsNullOrWhiteSpace(s.AuthorisationReference))
        {
            v.Add(new("authorisation_reference", "is required: the office's authorisation of a person of Art. 383(2) to take samples (383(3))"));
        }

        if (Conditions.Except(s.ConditionsMet ?? []).Any())
        {
            v.Add(new("conditions_met", "the authorisation needs all three conditions of Art. 383(3): it does not impede control, does not affect the goods' properties, and does not help evade payments or prohibitions"));
        }

        if (s.Witnesses.Count > 0)
        {
            v.Add(new("witnesses", "are for samples customs takes without the declarant (Art. 383(8))"));
        }
    }

    private static Sample Find(IReadOnlyList<Sample> samples, int sampleNumber) =>
        samples.FirstOrDefault(s => s.Number == sampleNumber)
        ?? throw new RequestValidationException([new("sample_number", "names no sample taken")]);
}
