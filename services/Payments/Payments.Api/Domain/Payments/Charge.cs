namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// One penalty or interest charge of an obligation, kept with what it was charged on (<see cref="BaseRub"/>) and the duties
/// assessed when it was charged (<see cref="AssessedRub"/>), so a refund can return the part charged on the duties it
/// returns (Art. 355(7)).
/// </summary>
public sealed record Charge(ChargeKind Kind, decimal BaseRub, decimal AssessedRub, decimal AmountRub);
