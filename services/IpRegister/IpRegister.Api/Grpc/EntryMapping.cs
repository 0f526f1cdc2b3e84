using Customs.ServiceDefaults;
using Customs.IpRegister.V1;
using D = Customs.IpRegister.Api.Domain;

namespace Customs.IpRegister.Api.Grpc;

public static class EntryMapping
{
    public static RegisterEntry ToProto(D.Entries.RegisterEntry entry)
    {
        var proto = new RegisterEntry
        {
            RegisterEntryId = entry.Id.ToString(),
            EntryNumber = entry.EntryNumber,
            Object = new V1.IpObject
            {
                Kind = EnumMap.To<V1.IpObjectKind>(entry.Object.Kind),
                Name = entry.Object.Name,
                RegistrationNumber = entry.Object.RegistrationNumber,
                Classes = { entry.Object.Classes },
                ProtectionEndsOn = WireValues.ToDate(entry.ProtectionEndsOn),
            },
            RightHolder = new V1.Party { Name = entry.RightHolder.Name, Address = entry.RightHolder.Address },
            ApplicantName = entry.Applicant.Name,
            ApplicantCapacity = EnumMap.To<V1.ApplicantCapacity>(entry.ApplicantCapacity),
            Goods = new V1.GoodsIdentification { TariffCodes = { entry.TariffCodes }, BrandSpellings = { entry.BrandSpellings } },
            EnteredOn = WireValues.ToDate(entry.EnteredOn),
            ValidUntil = WireValues.ToDate(entry.ValidUntil),
            Excluded = !entry.IsActive,
        };
        if (entry.ExcludedOn is { } on)
        {
            proto.ExcludedOn = WireValues.ToDate(on);
            proto.ExclusionReason = EnumMap.To<V1.ExclusionReason>(entry.ExclusionReason);
        }

        return proto;
    }
}
