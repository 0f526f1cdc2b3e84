using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.China;
using Customs.IpRegister.Api.Domain.Reference;

namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>
/// Art. 400: no suspension for goods carried by natural persons or sent by international mail in insignificant
/// quantities for personal, family or household use. The item is still screened and the exemption logged.
/// Under the GAC measures (Art. 31) articles of individuals are detained only beyond a reasonable quantity, which is
/// Chinese reference data of its own (<see cref="GacPersonalUse"/>), never the Russian figure.
/// </summary>
public static class PersonalUseExemption
{
    /// <param name="quantity">
    /// The quantity of all the declaration's items matching the same register entry as <paramref name="item"/>: the limit is
    /// on the goods a person carries or receives, however they are split into items.
    /// </param>
    public static bool Applies(ScreeningContext context, ScreenedItem item, decimal quantity)
    {
        var carriedOrPosted = context.Channel is DeclarationChannel.Passenger or DeclarationChannel.InternationalMail
            || context.DeclarantIsNaturalPerson;
        var personal = context.ForPersonalUse || item.PersonalUse;
        var withinQuantity = context.Jurisdiction == Jurisdiction.China
            ? PersonalArticles.WithinReasonableQuantity(quantity, GacPersonalUse.On(context.On))
            : quantity <= RegisterRulesTable.On(context.On).PersonalUseMaxQuantity;
        return carriedOrPosted && personal && withinQuantity;
    }
}
