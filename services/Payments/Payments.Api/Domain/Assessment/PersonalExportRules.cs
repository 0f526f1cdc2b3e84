using Customs.BuildingBlocks.ReferenceData;
using Customs.Payments.Api.Domain.Reference;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>
/// Goods for personal use exported by an individual. The memo (FCS letter 04-30/60671 of 12.12.2011): "No customs duties,
/// flat rates taxes and cumulative customs duties are imposed on goods for personal use exported by individuals from the
/// customs territory of the Customs Union." Each item is recorded as exempt (0), its trace quoting the memo. Postal items an
/// individual sends abroad are treated the same: a reading of the memo's general rule, not of a Code article (the seeds
/// hold no article on exports by international mail; 319(2)[2]'s weekly 5,000 roubles are for goods "imported").
/// </summary>
public sealed class PersonalExportRules(ReferenceBook book)
{
    public const string MemoRule = "\"No customs duties, flat rates taxes and cumulative customs duties are imposed on goods for personal use "
        + "exported by individuals from the customs territory of the Customs Union\"";

    public IReadOnlyList<ItemAssessment> Assess(IReadOnlyList<ItemToAssess> items, DateOnly on)
    {
        // The memo: "exported goods subject to export customs duties" "may not be classified as goods for personal use".
        // Declarations refuses them at filing and acceptance; an officer's assessment naming one is refused here too.
        if (items.FirstOrDefault(i => i.TariffCode.Length > 0 && book.ExportTariff.Find(i.TariffCode) is { } line && line.Schedule.At(on) is not null) is { } dutiable)
        {
            throw new RuleViolationException(PaymentErrors.NotForPersonalUse,
                $"Item {dutiable.ItemNumber} (code {dutiable.TariffCode}) has an export duty line: exported goods subject to export customs duties "
                + "may not be classified as goods for personal use; it is declared as a commercial export (Art. 329(2)).", "memo, not personal use 2");
        }

        var memo = ReferenceBook.Require(book.PersonalUse, on).Reference;
        var reference = new LegalReference(memo.Act, "exports of goods for personal use", memo.Published).ToString();
        return [.. items.Select(item => new ItemAssessment(item.ItemNumber, item.TariffCode,
        [
            new Figure(FigureKind.Exemption, 0, null, new(
                $"item {item.ItemNumber} ({(item.TariffCode.Length > 0 ? "code " + item.TariffCode : "no code")}): goods for personal use exported by an individual",
                "none",
                $"nothing_due: the memo, {MemoRule}; applied to a passenger's luggage, and to a postal item an individual sends as a reading of the memo "
                + "(the seeds hold no article on exports by international mail)",
                reference, Trace.NotRounded)),
        ]))];
    }
}
