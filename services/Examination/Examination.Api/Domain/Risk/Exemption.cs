using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Risk;

/// <summary>A person exempted from forms of customs control (Art. 386).</summary>
public sealed record Exemption(
    Guid Id, string TaxpayerNumber, ExemptionGround Ground, IReadOnlyList<ControlForm> Forms, string ActReference, DateOnly ValidFrom, DateOnly? ValidUntil)
{
    public bool InForceOn(DateOnly day) => day >= ValidFrom && (ValidUntil is null || day <= ValidUntil);

    /// <summary>The forms the ground allows an exemption from.</summary>
    public static IReadOnlyList<ControlForm>? AllowedBy(ExemptionGround ground) => ground switch
    {
        // 386(2), (3): "exempt from customs examination".
        ExemptionGround.President or ExemptionGround.ParliamentOrJudge => [ControlForm.Examination],
        // 386(4): "exempt from customs inspection".
        ExemptionGround.MilitaryHardware => [ControlForm.Inspection],
        // 386(5), (6): the treaty or the decision says which.
        _ => null,
    };

    public static string Article(ExemptionGround ground) => ground switch
    {
        ExemptionGround.President => "Art. 386(2)",
        ExemptionGround.ParliamentOrJudge => "Art. 386(3)",
        ExemptionGround.MilitaryHardware => "Art. 386(4)",
        ExemptionGround.Treaty => "Art. 386(5)",
        _ => "Art. 386(6)",
    };

    public IReadOnlyList<FieldViolation> Validate(string prefix = "exemption.")
    {
        var v = new List<FieldViolation>();
        if (TaxpayerNumber.Length is not (10 or 12) || !TaxpayerNumber.All(char.IsAsciiDigit))
        {
            v.Add(new(prefix + "taxpayer_number", "must be 10 or 12 digits"));
        }

        if (Ground == ExemptionGround.Unspecified)
        {
            v.Add(new(prefix + "ground", "is required: a ground of Art. 386"));
        }

        if (Forms.Count == 0 || Forms.Contains(ControlForm.Unspecified))
        {
            v.Add(new(prefix + "forms", "needs at least one form of Art. 366, none unspecified"));
        }
        else if (AllowedBy(Ground) is { } allowed && Forms.Except(allowed).Any())
        {
            v.Add(new(prefix + "forms", $"{Article(Ground)} exempts only from {string.Join(", ", allowed)}"));
        }

        if (string.IsNullOrWhiteSpace(ActReference))
        {
            v.Add(new(prefix + "act_reference", "is required: the treaty, decision or mandate"));
        }

        if (ValidFrom == default)
        {
            v.Add(new(prefix + "valid_from", "is required"));
        }
        else if (ValidUntil < ValidFrom)
        {
            v.Add(new(prefix + "valid_until", "cannot be before valid_from"));
        }

        return v;
    }
}
