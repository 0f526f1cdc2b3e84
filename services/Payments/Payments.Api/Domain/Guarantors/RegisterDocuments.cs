namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>The documents an application must carry, Art. 343(5)[1]-[3], by the codes the application lists them under.</summary>
public static class RegisterDocuments
{
    // Art. 343(5)[1]: a bank.
    private static readonly string[] Bank =
    [
        "certificate_of_incorporation", "legal_person_registration", "credit_organisation_registration", "banking_licence",
        "signature_card", "own_funds_estimates", "balance_report", "income_and_loss_report", "mandatory_standards_reference",
        "audit_conclusion",
    ];

    // Art. 343(5)[2]: a bank branch.
    private static readonly string[] Branch =
        ["branch_statute", "legal_person_registration", "central_bank_branch_letter", "signature_card"];

    // Art. 343(5)[3]: an insurance company.
    private static readonly string[] Insurer =
    [
        "certificate_of_incorporation", "legal_person_registration", "signature_card", "balance_report",
        "income_and_loss_report", "assets_and_liabilities_report", "performance_indexes_reference", "audit_conclusion",
    ];

    public static IReadOnlyList<string> Required(GuarantorKind kind) => kind switch
    {
        GuarantorKind.Bank => Bank,
        GuarantorKind.BankBranch => Branch,
        GuarantorKind.Insurer => Insurer,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static IReadOnlyList<string> Missing(GuarantorKind kind, IEnumerable<string> submitted)
    {
        var have = submitted.ToHashSet(StringComparer.Ordinal);
        return [.. Required(kind).Where(d => !have.Contains(d))];
    }
}
