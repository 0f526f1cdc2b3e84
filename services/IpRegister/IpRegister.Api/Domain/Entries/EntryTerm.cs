using Customs.IpRegister.Api.Domain.Reference;

namespace Customs.IpRegister.Api.Domain.Entries;

/// <summary>
/// Art. 396: measures apply for the term the holder asks for, at most five years from entry, and never past the end
/// of the object's legal protection. An extension on application starts a new term of at most five years.
/// </summary>
public static class EntryTerm
{
    public static DateOnly Until(DateOnly enteredOn, DateOnly requestedUntil, DateOnly protectionEndsOn)
    {
        var fiveYears = enteredOn.AddYears(RegisterRulesTable.On(enteredOn).MaxEntryYears);
        return Min(Min(requestedUntil, fiveYears), protectionEndsOn);
    }

    /// <summary>The term after an extension decided on <paramref name="extendedOn"/>.</summary>
    public static DateOnly Extended(DateOnly extendedOn, DateOnly currentUntil, DateOnly requestedUntil, DateOnly protectionEndsOn)
    {
        var until = Until(extendedOn, requestedUntil, protectionEndsOn);
        return until > currentUntil ? until : currentUntil;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
