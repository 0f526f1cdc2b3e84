namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>A case of the memo's list of 15 that makes a written (passenger) declaration mandatory.</summary>
public sealed record AppliedRule(int Number, string Text, IReadOnlyList<int> ItemNumbers);
