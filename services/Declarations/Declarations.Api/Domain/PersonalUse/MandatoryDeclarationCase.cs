namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>The memo's list of goods subject to written customs declaration, by its numbers.</summary>
public static class MandatoryDeclarationCase
{
    public static string Text(int number) => number switch
    {
        1 => "Memo case 1: imported goods over the customs value or weight limit",
        2 => "Memo case 2: cash and/or traveller's cheques over the limit",
        3 => "Memo case 3: monetary instruments (bills, bank cheques, securities)",
        4 => "Memo case 4: cultural valuables",
        5 => "Memo case 5: precious metals and precious stones",
        6 => "Memo case 6: exported state rewards of the Russian Federation",
        7 => "Memo case 7: endangered and protected animals and plants (CITES)",
        8 => "Memo case 8: weapons and ammunition",
        9 => "Memo case 9: imported alcoholic beverages over the volume limit",
        10 => "Memo case 10: narcotic drugs and psychotropic substances as medicines",
        11 => "Memo case 11: radio-electronic and radio-frequency devices",
        12 => "Memo case 12: hardware with encryption functionality",
        13 => "Memo case 13: inherited goods for personal use",
        14 => "Memo case 14: accompanied luggage while the individual also has unaccompanied luggage",
        15 => "Memo case 15: other goods determined by customs legislation (goods not for personal use)",
        _ => throw new ArgumentOutOfRangeException(nameof(number), number, "The memo lists cases 1 to 15."),
    };
}
