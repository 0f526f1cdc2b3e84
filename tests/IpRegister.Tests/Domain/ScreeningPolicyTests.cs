using Customs.IpRegister.Api.Domain.Screening;
using Customs.IpRegister.Contracts;

namespace Customs.IpRegister.Tests.Domain;

public sealed class ScreeningPolicyTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static readonly RegisterMatchCandidate Xiaomi = new()
    {
        EntryId = Guid.Parse("00000000-0000-0000-0000-000000000001"),
        TariffCodes = ["8517"],
        Brands = [BrandNormaliser.Normalise("XIAOMI")],
        EnteredOn = new DateOnly(2026, 1, 15),
        ValidUntil = new DateOnly(2030, 12, 31),
        Active = true,
        AuthorisedImporters = ["7701234567"],
    };

    private static readonly ScreeningContext Post = new(DeclarationChannel.InternationalMail, true, true, null, Today);

    private static readonly ScreeningContext Commercial = new(DeclarationChannel.Commercial, false, false, "7709999999", Today);

    private static ScreenedItem Phone(decimal quantity, string brand = "Xiaomi", string code = "8517130000") =>
        new(1, code, brand, quantity, false);

    [Theory]
    [InlineData("XIAOMI")]
    [InlineData("xiaomi")]
    [InlineData("Xiao-Mi")]
    [InlineData("X I A O M I")]
    [InlineData("ХIАОМI")] // Cyrillic Х, А, О, М
    [InlineData("хiаомi")]
    public void Brand_spellings_that_differ_in_case_spacing_or_look_alike_letters_are_one_brand(string spelling) =>
        Assert.Equal("xiaomi", BrandNormaliser.Normalise(spelling));

    [Fact]
    public void A_different_brand_is_not_folded_into_a_registered_one() =>
        Assert.NotEqual("xiaomi", BrandNormaliser.Normalise("Xiaomy"));

    [Fact]
    public void A_phone_of_a_registered_brand_posted_to_a_person_for_personal_use_is_exempt()
    {
        var verdict = ScreeningPolicy.Decide(Post, Phone(1), [Xiaomi]);
        Assert.Equal(ScreeningOutcome.ExemptPersonalUse, verdict.Outcome);
        Assert.Equal(Xiaomi.EntryId, verdict.RegisterEntryId);
    }

    [Fact]
    public void Five_hundred_phones_declared_commercially_by_an_unlisted_importer_are_held_pending_the_heads_decision() =>
        Assert.Equal(ScreeningOutcome.Held, ScreeningPolicy.Decide(Commercial, Phone(500, "ХIАОМI"), [Xiaomi]).Outcome);

    [Fact]
    public void Goods_declared_by_an_authorised_importer_pass() =>
        Assert.Equal(ScreeningOutcome.AuthorisedImporter,
            ScreeningPolicy.Decide(Commercial with { DeclarantTaxpayerNumber = "7701234567" }, Phone(500), [Xiaomi]).Outcome);

    [Fact]
    public void More_than_an_insignificant_quantity_by_post_is_not_exempt() =>
        Assert.Equal(ScreeningOutcome.Held, ScreeningPolicy.Decide(Post, Phone(50), [Xiaomi]).Outcome);

    [Fact]
    public void At_a_Chinese_office_a_traveller_s_articles_are_not_exempt_while_no_reasonable_quantity_is_set()
    {
        // GAC Art. 31 gives no figure and the reference data set none (GacPersonalUseTests): two phones, exempt at a Russian
        // office by the Art. 400 value, are suspended at a Chinese one, where the traveller may explain in writing.
        var traveller = new ScreeningContext(DeclarationChannel.Passenger, true, true, null, Today, Customs.IpRegister.Api.Domain.Calendars.Jurisdiction.China);
        Assert.Equal(ScreeningOutcome.Suspended, ScreeningPolicy.Decide(traveller, Phone(2), [Xiaomi]).Outcome);
        Assert.Equal(ScreeningOutcome.Suspended, ScreeningPolicy.Decide(traveller, Phone(20), [Xiaomi]).Outcome);
    }

    [Fact]
    public void Five_hundred_phones_posted_as_a_hundred_items_of_five_are_not_an_insignificant_quantity()
    {
        var items = Enumerable.Range(1, 100)
            .Select(n => (new ScreenedItem(n, "8517130000", "Xiaomi", 5, false), (IEnumerable<RegisterMatchCandidate>)[Xiaomi]))
            .ToList();

        var verdicts = ScreeningPolicy.DecideAll(Post, items);

        Assert.All(verdicts, v => Assert.Equal(ScreeningOutcome.Held, v.Outcome));
    }

    [Fact]
    public void A_few_phones_posted_as_separate_items_stay_exempt_while_their_total_is_insignificant()
    {
        var verdicts = ScreeningPolicy.DecideAll(Post, [
            (new ScreenedItem(1, "8517130000", "Xiaomi", 1, false), [Xiaomi]),
            (new ScreenedItem(2, "8517130000", "XIAOMI", 1, false), [Xiaomi]),
        ]);

        Assert.Equal([ScreeningOutcome.ExemptPersonalUse, ScreeningOutcome.ExemptPersonalUse], verdicts.Select(v => v.Outcome));
    }

    [Fact]
    public void Items_of_another_register_entry_do_not_count_towards_the_quantity()
    {
        var other = Xiaomi with { EntryId = Guid.Parse("00000000-0000-0000-0000-000000000002"), Brands = [BrandNormaliser.Normalise("Acme")] };
        var verdicts = ScreeningPolicy.DecideAll(Post, [
            (new ScreenedItem(1, "8517130000", "Xiaomi", 1, false), [Xiaomi, other]),
            (new ScreenedItem(2, "8517130000", "Acme", 50, false), [Xiaomi, other]),
        ]);

        Assert.Equal([ScreeningOutcome.ExemptPersonalUse, ScreeningOutcome.Held], verdicts.Select(v => v.Outcome));
    }

    [Fact]
    public void Personal_use_declared_by_a_legal_person_is_not_exempt() =>
        Assert.Equal(ScreeningOutcome.Held,
            ScreeningPolicy.Decide(Commercial with { ForPersonalUse = true }, Phone(1), [Xiaomi]).Outcome);

    [Fact]
    public void A_brand_under_another_tariff_heading_is_clear() =>
        Assert.Equal(ScreeningOutcome.Clear, ScreeningPolicy.Decide(Commercial, Phone(500, code: "6109100000"), [Xiaomi]).Outcome);

    [Fact]
    public void An_entry_past_its_term_or_excluded_does_not_match()
    {
        Assert.Equal(ScreeningOutcome.Clear,
            ScreeningPolicy.Decide(Commercial with { On = new DateOnly(2031, 1, 1) }, Phone(500), [Xiaomi]).Outcome);
        Assert.Equal(ScreeningOutcome.Clear, ScreeningPolicy.Decide(Commercial, Phone(500), [Xiaomi with { Active = false }]).Outcome);
    }

    [Fact]
    public void A_heading_covers_every_declared_code_under_it()
    {
        Assert.True(TariffCode.Covers("8517", "8517 13 000 0"));
        Assert.False(TariffCode.Covers("851713", "8517140000"));
        Assert.Equal(["8517", "85171", "851713", "8517130", "85171300", "851713000", "8517130000"], TariffCode.LookupPrefixes("8517130000"));
    }
}
