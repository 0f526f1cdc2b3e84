using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.China;
using Customs.IpRegister.Api.Domain.Reference;

namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>
/// Art. 400: no suspension for goods carried by natural persons or sent by international mail in insignificant
/// quantities for personal, family or household use. The item is still screened and the exemption logged.
/// Under the GAC measures (Art. 31) articles of individuals are detained only beyond a reasonable quantity.
/// </summary>
public static class PersonalUseExemption
{
    public static bool Applies(ScreeningContext context, ScreenedItem item)
    {
        var carriedOrPosted = context.Channel is DeclarationChannel.Passenger or DeclarationChannel.InternationalMail
            || context.DeclarantIsNaturalPerson;
        var personal = context.ForPersonalUse || item.PersonalUse;
        var reasonable = RegisterRulesTable.On(context.On).PersonalUseMaxQuantity;
        var withinQuantity = context.Jurisdiction == Jurisdiction.China
            ? !PersonalArticles.Detained(item.Quantity, reasonable, renounced: false)
            : item.Quantity <= reasonable;
        return carriedOrPosted && personal && withinQuantity;
    }
}
