namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>A case of the memo's list of 15 that makes a written (passenger) declaration mandatory.</summary>
/// <param name="Note">Why the case applied when the figures alone could not tell (an exchange rate of the day was missing).</param>
public sealed record AppliedRule(int Number, string Text, IReadOnlyList<int> ItemNumbers, string? Note = null);
