namespace Customs.Declarations.Api.Domain;

/// <summary>Cash (banknotes, treasury notes, coins) and traveller's cheques a passenger carries in one currency.</summary>
public sealed record CashCarried(decimal Amount, string Currency);
