using Customs.IpRegister.Api.Domain.Reference;

namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>
/// Art. 400: no suspension for goods carried by natural persons or sent by international mail in insignificant
/// quantities for personal, family or household use. The item is still screened and the exemption logged.
/// </summary>
public static class PersonalUseExemption
{
    public static bool Applies(ScreeningContext context, ScreenedItem item)
    {
        var carriedOrPosted = context.Channel is DeclarationChannel.Passenger or DeclarationChannel.InternationalMail
            || context.DeclarantIsNaturalPerson;
        var personal = context.ForPersonalUse || item.PersonalUse;
        return carriedOrPosted && personal && item.Quantity <= RegisterRulesTable.On(context.On).PersonalUseMaxQuantity;
    }
}
