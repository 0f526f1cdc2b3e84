using Customs.BuildingBlocks.Data;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;
using V1 = Customs.Examination.V1;

namespace Customs.Examination.Api.Grpc;

/// <summary>Risk management's messages to domain values and back (enums by name, decimals as google.type.Decimal).</summary>
internal static class RiskMapping
{
    public static RiskProfile ToDomain(V1.RiskProfile? p)
    {
        p ??= new V1.RiskProfile();
        var c = p.Criteria ?? new V1.RiskCriteria();
        return new RiskProfile
        {
            Id = Guid.Empty, Version = 0, Name = p.Name.Trim(), Rationale = p.Rationale.Trim(), Lane = EnumMap.To<Lane>(p.Lane),
            Forms = [.. p.Forms.Select(f => EnumMap.To<ControlForm>(f))], OfficeCodePrefixes = [.. p.OfficeCodePrefixes.Select(x => x.Trim())],
            Direction = EnumMap.To<Direction>(p.Direction), EffectiveFrom = p.EffectiveFrom.ToDateOnlyOrNull() ?? default,
            EffectiveUntil = p.EffectiveUntil.ToDateOnlyOrNull(), SelectionPercent = p.SelectionPercent == 0 ? 100 : p.SelectionPercent,
            Criteria = new RiskCriteria
            {
                DeclarationKinds = [.. c.DeclarationKinds.Select(k => EnumMap.To<DeclarationKind>(k))],
                TaxpayerNumbers = [.. c.TaxpayerNumbers.Select(x => x.Trim())], MinPriorDiscrepancies = c.MinPriorDiscrepancies,
                TariffCodePrefixes = [.. c.TariffCodePrefixes.Select(x => x.Trim())], OriginCountries = [.. c.OriginCountries],
                DispatchCountries = [.. c.DispatchCountries], Brands = [.. c.Brands], UnitValueOutside = Band(c.UnitValueOutside),
                UnitValueCurrency = c.UnitValueCurrency.Length > 0 ? c.UnitValueCurrency : null, GrossWeightKg = Band(c.GrossWeightKg),
            },
        };
    }

    public static V1.RiskProfile ToProto(StoredProfile stored)
    {
        var p = stored.Profile;
        var c = p.Criteria;
        var proto = new V1.RiskProfile
        {
            ProfileId = p.Id.ToString(), Version = p.Version, Name = p.Name, Rationale = p.Rationale, Lane = EnumMap.To<V1.Lane>(p.Lane),
            Direction = EnumMap.To<V1.Direction>(p.Direction), EffectiveFrom = p.EffectiveFrom.ToDate(), EffectiveUntil = p.EffectiveUntil.ToDate(),
            SelectionPercent = p.SelectionPercent, UpdatedAt = stored.UpdatedAt.ToTimestamp(), UpdatedBy = stored.UpdatedBy,
            Criteria = new V1.RiskCriteria
            {
                MinPriorDiscrepancies = c.MinPriorDiscrepancies, UnitValueOutside = Band(c.UnitValueOutside), UnitValueCurrency = c.UnitValueCurrency ?? "",
                GrossWeightKg = Band(c.GrossWeightKg),
            },
        };
        proto.Forms.Add(p.Forms.Select(f => EnumMap.To<V1.ControlForm>(f)));
        proto.OfficeCodePrefixes.Add(p.OfficeCodePrefixes);
        proto.Criteria.DeclarationKinds.Add(c.DeclarationKinds.Select(k => EnumMap.To<V1.DeclarationKind>(k)));
        proto.Criteria.TaxpayerNumbers.Add(c.TaxpayerNumbers);
        proto.Criteria.TariffCodePrefixes.Add(c.TariffCodePrefixes);
        proto.Criteria.OriginCountries.Add(c.OriginCountries);
        proto.Criteria.DispatchCountries.Add(c.DispatchCountries);
        proto.Criteria.Brands.Add(c.Brands);
        return proto;
    }

    public static SelectivitySettings ToDomain(V1.SelectivitySettings? s)
    {
        s ??= new V1.SelectivitySettings();
        return new(s.OfficeCode.Trim(), EnumMap.To<Direction>(s.Direction), s.ExpectedYellowRate.ToDecimal(), s.ExpectedRedRate.ToDecimal(),
            s.ExpectedBlueRate.ToDecimal(), s.MinRandomRate.ToDecimal(), EnumMap.To<Lane>(s.RandomLane), s.MaxHitsWithoutSelection);
    }

    public static V1.SelectivitySettings ToProto((SelectivitySettings Settings, DateTimeOffset At, string By) stored)
    {
        var s = stored.Settings;
        return new V1.SelectivitySettings
        {
            OfficeCode = s.OfficeCode, Direction = EnumMap.To<V1.Direction>(s.Direction), ExpectedYellowRate = s.ExpectedYellowRate.ToWireDecimal(),
            ExpectedRedRate = s.ExpectedRedRate.ToWireDecimal(), ExpectedBlueRate = s.ExpectedBlueRate.ToWireDecimal(),
            MinRandomRate = s.MinRandomRate.ToWireDecimal(), RandomLane = EnumMap.To<V1.Lane>(s.RandomLane), MaxHitsWithoutSelection = s.MaxHitsWithoutSelection,
            UpdatedAt = stored.At.ToTimestamp(), UpdatedBy = stored.By,
        };
    }

    public static Exemption ToDomain(V1.Exemption? e)
    {
        e ??= new V1.Exemption();
        return new(Guid.Empty, e.TaxpayerNumber.Trim(), EnumMap.To<ExemptionGround>(e.Ground), [.. e.Forms.Select(f => EnumMap.To<ControlForm>(f))],
            e.ActReference.Trim(), e.ValidFrom.ToDateOnlyOrNull() ?? default, e.ValidUntil.ToDateOnlyOrNull());
    }

    public static V1.Exemption ToProto(Exemption e)
    {
        var proto = new V1.Exemption
        {
            ExemptionId = e.Id.ToString(), TaxpayerNumber = e.TaxpayerNumber, Ground = EnumMap.To<V1.ExemptionGround>(e.Ground), ActReference = e.ActReference,
            ValidFrom = e.ValidFrom.ToDate(), ValidUntil = e.ValidUntil.ToDate(),
        };
        proto.Forms.Add(e.Forms.Select(f => EnumMap.To<V1.ControlForm>(f)));
        return proto;
    }

    public static V1.ControlDecision ToProto(StoredDecision stored)
    {
        var d = stored.Decision;
        var proto = new V1.ControlDecision
        {
            DeclarationId = stored.DeclarationId.ToString(), RegistrationNumber = stored.RegistrationNumber, OfficeCode = stored.OfficeCode,
            Direction = EnumMap.To<V1.Direction>(stored.Direction), Lane = EnumMap.To<V1.Lane>(d.Lane), SelectedBy = EnumCodes.Of(d.SelectedBy).ToUpperInvariant(),
            Seed = d.Seed, DecidedAt = stored.DecidedAt.ToTimestamp(), AcceptanceDate = stored.AcceptanceDate.ToDate(),
        };
        proto.Forms.Add(d.Forms.Select(f => EnumMap.To<V1.ControlForm>(f)));
        proto.Reasons.Add(d.Reasons);
        proto.ExemptionsApplied.Add(d.ExemptionsApplied);
        foreach (var h in d.Hits)
        {
            var hit = new V1.ProfileHit
            {
                ProfileId = h.ProfileId.ToString(), ProfileVersion = h.ProfileVersion, ProfileName = h.ProfileName, Lane = EnumMap.To<V1.Lane>(h.Lane),
                Selected = h.Selected, Selection = h.Selection,
            };
            hit.Matched.Add(h.Matched);
            proto.Hits.Add(hit);
        }

        return proto;
    }

    public static V1.ProfileStatistics ToProto(Application.ProfileStatistics s) => new()
    {
        ProfileId = s.ProfileId.ToString(), From = s.From.ToDate(), To = s.To.ToDate(), Hits = s.Hits, Selections = s.Selections,
        Examinations = s.Examinations, Findings = s.Findings, HitRate = s.HitRate.ToWireDecimal(),
    };

    private static DecimalBand? Band(V1.DecimalBand? band) => band is null ? null : new(band.Min.ToDecimalOrNull(), band.Max.ToDecimalOrNull());

    private static V1.DecimalBand? Band(DecimalBand? band)
    {
        if (band is null)
        {
            return null;
        }

        var proto = new V1.DecimalBand();
        if (band.Min is { } min)
        {
            proto.Min = min.ToWireDecimal();
        }

        if (band.Max is { } max)
        {
            proto.Max = max.ToWireDecimal();
        }

        return proto;
    }
}
