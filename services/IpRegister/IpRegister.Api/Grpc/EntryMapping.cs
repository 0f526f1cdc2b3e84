using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.V1;
using D = Customs.IpRegister.Api.Domain;

namespace Customs.IpRegister.Api.Grpc;

public static class EntryMapping
{
    public static RegisterEntry ToProto(EntryRow row)
    {
        var entry = new RegisterEntry
        {
            RegisterEntryId = row.Id.ToString(),
            EntryNumber = row.EntryNumber,
            Object = new V1.IpObject
            {
                Kind = EnumMap.To<V1.IpObjectKind>(EnumCodes.Parse<D.Applications.IpObjectKind>(row.ObjectKind)),
                Name = row.ObjectName,
                RegistrationNumber = row.RegistrationNumber,
                Classes = { row.ObjectClasses },
                ProtectionEndsOn = WireValues.ToDate(row.ProtectionEndsOn),
            },
            RightHolder = new V1.Party { Name = row.RightHolderName, Address = row.RightHolderAddress },
            ApplicantName = row.ApplicantName,
            ApplicantCapacity = EnumMap.To<V1.ApplicantCapacity>(EnumCodes.Parse<D.Applications.ApplicantCapacity>(row.ApplicantCapacity)),
            Goods = new V1.GoodsIdentification { TariffCodes = { row.TariffCodes }, BrandSpellings = { row.BrandSpellings } },
            EnteredOn = WireValues.ToDate(row.EnteredOn),
            ValidUntil = WireValues.ToDate(row.ValidUntil),
            Excluded = row.Status == EntryRepository.Excluded,
        };
        if (row.ExcludedOn is { } on)
        {
            entry.ExcludedOn = WireValues.ToDate(on);
            entry.ExclusionReason = EnumMap.To<V1.ExclusionReason>(EnumCodes.Parse<D.Entries.ExclusionReason>(row.ExclusionReason!));
        }

        return entry;
    }
}
