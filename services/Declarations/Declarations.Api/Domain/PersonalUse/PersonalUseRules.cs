using Customs.Declarations.Contracts;

namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>
/// The memo's rules for goods of individuals (FCS letter 04-30/60671 of 12.12.2011), with the thresholds in force
/// on the given day: mandatory written declaration, goods never for personal use, export limits, inseparable goods,
/// and goods that need a permit (the last for every kind of declaration).
/// </summary>
public sealed class PersonalUseRules(ThresholdSchedule schedule)
{
    /// <summary>
    /// A passenger's declaration reads the allowances and rates (memo cases 1, 2, 9; duties 3-4); an export of goods for
    /// personal use reads the export tariff's lines (memo, not personal use 2).
    /// </summary>
    public static bool NeedsReference(DeclarationDraft draft) => draft.IsPassenger || IsPersonalExport(draft);

    /// <summary>
    /// Goods declared for personal use leaving by a passenger or by post. Postal items: the seeds hold no article on exports
    /// by international mail; the memo's rules for goods for personal use exported by individuals are applied to them, a
    /// reading of the memo, not of a Code article.
    /// </summary>
    public static bool IsPersonalExport(DeclarationDraft draft) =>
        draft.Direction == MovementDirection.Export && !draft.IsCommercial && draft.Items.Any(i => i.IntendedUse == IntendedUse.Personal);

    /// <summary>The currencies whose rates of <paramref name="on"/> the rules convert (a passenger's thresholds only).</summary>
    public IReadOnlySet<string> CurrenciesNeeded(DeclarationDraft draft, DateOnly on) =>
        draft.IsPassenger ? schedule.CurrenciesNeeded(draft, on) : new HashSet<string>();

    /// <param name="reference">What the Payments service holds for <paramref name="on"/>; needed when <see cref="NeedsReference"/>.</param>
    public PersonalUseAssessment Assess(DeclarationDraft draft, DateOnly on, PersonalUseReference? reference)
    {
        if (NeedsReference(draft) && reference?.On != on)
        {
            throw new ArgumentException($"A passenger's declaration is assessed with the allowances and rates of {on:yyyy-MM-dd}.", nameof(reference));
        }

        var t = schedule.InForceOn(on, reference?.Allowances);
        var categories = draft.Items.ToDictionary(i => i.Number, i => GoodsClassifier.CategoriesOf(i, t));
        var findings = new List<ItemFinding>();
        var personal = draft.Items.Where(i => i.IntendedUse == IntendedUse.Personal).ToList();

        foreach (var item in personal)
        {
            findings.AddRange(NeverPersonalUse(item, categories[item.Number], draft.Direction));
            if (GoodsMeasures.IsSingleUnit(item) && GoodsMeasures.CarriedWeightKg(item) > t.InseparableGoodsKg)
            {
                findings.Add(new(item.Number, FindingKind.InseparableGoods,
                    $"Memo: inseparable goods for personal use, one unit or set over {t.InseparableGoodsKg} kg (aggregate customs payment)"));
            }
        }

        if (draft.IsPassenger && draft.Direction == MovementDirection.Import)
        {
            findings.AddRange(draft.Items
                .Where(i => categories[i.Number].Contains(GoodsCategory.Alcohol) && i.Unit != GoodsMeasures.Litre)
                .Select(i => new ItemFinding(i.Number, FindingKind.AlcoholNotInLitres,
                    $"Memo case 9: alcoholic beverages are declared in litres (limit {t.AlcoholLitres} l)")));
        }

        if (draft.IsPassenger && draft.Direction == MovementDirection.Import)
        {
            var items = personal.Select(i => (i, categories[i.Number])).ToList();
            findings.AddRange(AlcoholAndTobaccoRules.Apply(items, draft.Passenger, t, on));
        }

        if (draft.Direction == MovementDirection.Export)
        {
            var caviar = personal.Where(i => categories[i.Number].Contains(GoodsCategory.SturgeonCaviar)).ToList();
            var fish = personal.Where(i => categories[i.Number].Contains(GoodsCategory.FishAndSeafood) && !caviar.Contains(i)).ToList();
            findings.AddRange(ExportLimit(fish, t.ExportFishKg, "fish and seafood (excluding sturgeon caviar)"));
            findings.AddRange(ExportLimit(caviar, t.ExportSturgeonCaviarKg, "sturgeon caviar"));
        }

        if (IsPersonalExport(draft))
        {
            var tariff = reference?.ExportDuty
                ?? throw new ArgumentException($"A personal-use export is assessed with the export tariff's lines of {on:yyyy-MM-dd}.", nameof(reference));
            findings.AddRange(ExportDutiable(personal.Where(i => !categories[i.Number].Contains(GoodsCategory.ExportDutiable)), tariff));
        }

        var permits = draft.Items.SelectMany(i => PermitRules.For(i, categories[i.Number], draft.Direction)).ToList();
        findings.AddRange(permits.Select(p => new ItemFinding(p.ItemNumber, FindingKind.PermitRequired,
            $"Memo: {p.Category} cross the border only with a {p.Document} (its reference is needed for release)")));

        var mandatory = draft.IsPassenger ? new MandatoryDeclarationRules(reference!.Rates).Apply(draft, categories, t, on) : ([], []);
        return new PersonalUseAssessment
        {
            AssessedOn = on,
            ThresholdsEffectiveFrom = reference is { } r && r.Allowances.EffectiveFrom > t.EffectiveFrom ? r.Allowances.EffectiveFrom : t.EffectiveFrom,
            MandatoryDeclarationRules = mandatory.Rules,
            Conversions = mandatory.Conversions,
            Findings = findings,
            RequiredPermits = permits,
        };
    }

    private static IEnumerable<ItemFinding> NeverPersonalUse(DeclaredGoodsItem item, IReadOnlySet<GoodsCategory> categories, MovementDirection direction)
    {
        foreach (var category in categories)
        {
            var rule = category switch
            {
                GoodsCategory.NaturalDiamonds => "natural diamonds",
                GoodsCategory.CentralHeatingBoiler => "central heating boilers",
                GoodsCategory.MowingMachine => "mowing and haymaking machines (lawn-mowers excepted)",
                GoodsCategory.SunBooth => "sun booths",
                GoodsCategory.MedicalEquipment when !item.HasDocument(DocumentKind.MedicalPrescription) && !item.NeededDuringJourney
                    => "medical equipment (unless needed on the way or prescribed)",
                GoodsCategory.ExportDutiable when direction == MovementDirection.Export => "exported goods subject to export customs duties",
                _ => null,
            };
            if (rule is not null)
            {
                yield return new ItemFinding(item.Number, FindingKind.NotPersonalUse,
                    $"Memo: {rule} may not be classified as goods for personal use; declare them as a participant of foreign economic activity");
            }
        }
    }

    /// <summary>
    /// The memo: "exported goods subject to export customs duties" "may not be classified as goods for personal use"; such goods
    /// are declared as a commercial export, whose duties are due "not later than on the day of submission of a customs
    /// declaration" (Art. 329(2)). Subject to export duty: the code has a line of the export tariff in force on the day.
    /// </summary>
    private static IEnumerable<ItemFinding> ExportDutiable(IEnumerable<DeclaredGoodsItem> items, ExportDutyLines tariff) =>
        from item in items
        let line = tariff.Find(item.TariffCode)
        where line is not null
        select new ItemFinding(item.Number, FindingKind.NotPersonalUse,
            $"Memo: exported goods subject to export customs duties may not be classified as goods for personal use (item {item.Number}, "
            + $"code {item.TariffCode}: export duty line {line.CodePrefix}, {line.LegalReference}); declare them as a commercial export, "
            + "its duties due on the day of the declaration (Art. 329(2))");

    private static IEnumerable<ItemFinding> ExportLimit(IReadOnlyList<DeclaredGoodsItem> items, decimal limitKg, string what)
    {
        var total = items.Sum(GoodsMeasures.WeightKg);
        return total > limitKg
            ? items.Select(i => new ItemFinding(i.Number, FindingKind.ExportLimitExceeded,
                $"Memo: an individual may not export {what} over {limitKg} kg; {total} kg declared"))
            : [];
    }
}
