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
                Kind = (V1.IpObjectKind)(int)EnumCodes.Parse<D.Applications.IpObjectKind>(row.ObjectKind),
                Name = row.ObjectName,
                RegistrationNumber = row.RegistrationNumber,
                Classes = { row.ObjectClasses },
                ProtectionEndsOn = Dates.ToProto(row.ProtectionEndsOn),
            },
            RightHolder = new V1.Party { Name = row.RightHolderName, Address = row.RightHolderAddress },
            ApplicantName = row.ApplicantName,
            ApplicantCapacity = (V1.ApplicantCapacity)(int)EnumCodes.Parse<D.Applications.ApplicantCapacity>(row.ApplicantCapacity),
            Goods = new V1.GoodsIdentification { TariffCodes = { row.TariffCodes }, BrandSpellings = { row.BrandSpellings } },
            EnteredOn = Dates.ToProto(row.EnteredOn),
            ValidUntil = Dates.ToProto(row.ValidUntil),
            Excluded = row.Status == EntryRepository.Excluded,
        };
        if (row.ExcludedOn is { } on)
        {
            entry.ExcludedOn = Dates.ToProto(on);
            entry.ExclusionReason = (V1.ExclusionReason)(int)EnumCodes.Parse<D.Entries.ExclusionReason>(row.ExclusionReason!);
        }

        return entry;
    }
}
