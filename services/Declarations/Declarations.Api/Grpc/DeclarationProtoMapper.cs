using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.ServiceDefaults;
using V1 = Customs.Declarations.V1;

namespace Customs.Declarations.Api.Grpc;

/// <summary>The domain's declaration as the API shows it.</summary>
internal static class DeclarationProtoMapper
{
    /// <summary>What release waits for (from registration on), or why it was refused.</summary>
    private static V1.ReleaseConditions? ReleaseConditionsOf(Declaration d)
    {
        if (d.Status is DeclarationStatus.Filed or DeclarationStatus.Withdrawn or DeclarationStatus.Void)
        {
            return null;
        }

        var proto = new V1.ReleaseConditions();
        if (d.Status == DeclarationStatus.Refused && d.History.LastOrDefault(h => h.To == DeclarationStatus.Refused) is { } refused)
        {
            proto.Refusal = new V1.ReleaseRefusal
            {
                Reason = refused.Note ?? "", LegalBasis = refused.LegalBasis, RefusedBy = refused.Actor, RefusedAt = refused.At.ToTimestamp(),
            };
        }

        var conditions = ReleaseGate.Conditions(d, byOfficer: false);
        proto.Automatic = conditions.All(c => c.Met);
        proto.Conditions.AddRange(conditions.Select(c => new V1.ReleaseCondition
        {
            Kind = EnumMap.To<V1.ReleaseConditionKind>(c.Kind), Met = c.Met, WaitingFor = c.WaitingFor, Until = c.Until.ToDate(),
            LegalBasis = c.LegalBasis, Note = c.Note, Reason = c.Reason ?? "",
        }));
        return proto;
    }

    public static V1.Declaration ToProto(this Declaration d)
    {
        var c = d.Content;
        var proto = new V1.Declaration
        {
            DeclarationId = d.Id.ToString(),
            RegistrationNumber = d.RegistrationNumber ?? "",
            Kind = EnumMap.To<V1.DeclarationKind>(c.Kind),
            Direction = EnumMap.To<V1.MovementDirection>(c.Direction),
            Status = EnumMap.To<V1.DeclarationStatus>(d.Status),
            Version = d.Version,
            CustomsOfficeCode = c.CustomsOfficeCode,
            Declarant = ToProto(c.Declarant),
            Principal = ToProto(c.Principal),
            Recipient = ToProto(c.Recipient),
            PresentationDate = c.PresentationDate.ToDate(),
            PresentationPlace = c.PresentationPlace,
            DispatchCountryCode = c.DispatchCountryCode ?? "",
            ForPersonalUse = c.ForPersonalUse,
            FiledAt = d.FiledAt.ToTimestamp(),
            AcceptanceDate = d.AcceptanceDate.ToDate(),
            ControlDeadline = d.ControlDeadline.ToDate(),
            ControlDeadlineProvisional = d.ControlDeadlineProvisional,
            PersonalUseAssessment = d.Assessment is null ? null : ToProto(d.Assessment),
        };
        if (c.Passenger is { } passenger)
        {
            proto.Passenger = new V1.PassengerDetails
            {
                Cash = passenger.CashCurrency is null ? null : passenger.CashAmount.ToMoney(passenger.CashCurrency),
                CarriesMonetaryInstruments = passenger.CarriesMonetaryInstruments,
                HasUnaccompaniedLuggage = passenger.HasUnaccompaniedLuggage,
                DateOfBirth = passenger.DateOfBirth.ToDate(),
            };
            proto.Passenger.MoreCash.AddRange((passenger.MoreCash ?? []).Select(m => m.Amount.ToMoney(m.Currency)));
        }

        proto.Items.AddRange(c.Items.Select(i => WithCustomsValues(ToProto(
            i, d.EstablishedQuantities.GetValueOrDefault(i.Number), d.IpScreenings.FirstOrDefault(s => s.ItemNumber == i.Number)), d)));
        proto.ReleaseConditions = ReleaseConditionsOf(d);
        proto.ControlTermExtensions.AddRange(d.ControlTermExtensions.Select(e => new V1.ControlTermExtension
        {
            DecidedOn = e.DecidedOn.ToDate(),
            Officer = e.Officer,
            Ground = EnumMap.To<V1.ControlTermExtensionGround>(e.Ground),
            WorkingDays = e.WorkingDays,
            Circumstances = e.Circumstances,
            ExtendedUntil = e.ExtendedUntil.ToDate(), ExtensionId = e.Id?.ToString() ?? "",
        }));
        proto.History.AddRange(d.History.Select(h => new V1.HistoryEntry
        {
            FromStatus = EnumMap.To<V1.DeclarationStatus>(h.From),
            ToStatus = EnumMap.To<V1.DeclarationStatus>(h.To),
            Actor = h.Actor,
            At = h.At.ToTimestamp(),
            LegalBasis = h.LegalBasis,
            Note = h.Note ?? "",
        }));
        proto.ReleaseSuspensions.AddRange(d.Suspensions.Select(s => new V1.ReleaseSuspension
        {
            SuspensionId = s.SuspensionId.ToString(),
            SuspendedOn = s.SuspendedOn.ToDate(),
            SuspendedUntil = s.SuspendedUntil.ToDate(),
            LiftedOn = s.LiftedOn.ToDate(),
            SeizedOn = s.SeizedOn.ToDate(),
            Stage = s.PendingDecision switch
            {
                true => V1.ReleaseSuspensionStage.HeldPendingDecision,
                false => V1.ReleaseSuspensionStage.Suspended,
                null => V1.ReleaseSuspensionStage.Unspecified,
            },
            DecidedOn = s.DecidedOn.ToDate(),
            DecisionReference = s.DecisionReference ?? "",
            DecidedByRole = s.DecidedByRole ?? "",
        }));
        return proto;
    }

    private static V1.Party? ToProto(DeclarationParty? party) => party is null ? null : new V1.Party
    {
        Kind = EnumMap.To<V1.PartyKind>(party.Kind),
        Name = party.Name,
        TaxpayerNumber = party.TaxpayerNumber ?? "",
        Address = party.Address,
        CountryCode = party.CountryCode,
    };

    /// <summary>Arts. 323(7), 383(4): the value customs determined and the kept samples' value, beside the declared value.</summary>
    private static V1.GoodsItem WithCustomsValues(V1.GoodsItem proto, Declaration d)
    {
        if (d.EstablishedValues.GetValueOrDefault(proto.Number) is { } value)
        {
            proto.EstablishedCustomsValue = value.Value.ToMoney(value.Currency);
            proto.EstablishedValuationMethod = value.ValuationMethod;
        }

        if (d.KeptSamples.Any(s => s.ItemNumber == proto.Number))
        {
            proto.KeptSamplesValue = d.KeptSamplesValueRub(proto.Number).ToMoney("RUB");
        }

        return proto;
    }

    private static V1.GoodsItem ToProto(DeclaredGoodsItem item, EstablishedQuantity? established, ItemIpScreening? screening)
    {
        var proto = new V1.GoodsItem
        {
            Number = item.Number,
            Description = item.Description,
            TariffCode = item.TariffCode,
            Brand = item.Brand ?? "",
            OriginCountryCode = item.OriginCountryCode,
            Quantity = item.Quantity.ToWireDecimal(),
            Unit = item.Unit,
            GrossWeightKg = item.GrossWeightKg?.ToWireDecimal(),
            NetWeightKg = item.NetWeightKg?.ToWireDecimal(),
            InvoiceValue = item.InvoiceValue.ToMoney(item.InvoiceCurrency),
            CustomsValue = item.CustomsValue?.ToMoney(item.CustomsValueCurrency ?? item.InvoiceCurrency),
            CustomsValueMethod = item.CustomsValueMethod ?? 0,
            IntendedUse = EnumMap.To<V1.IntendedUse>(item.IntendedUse),
            NeededDuringJourney = item.NeededDuringJourney,
            EstablishedQuantity = established?.Established.ToWireDecimal(),
            IpScreening = screening is null ? null : new V1.IpScreening
            {
                Outcome = EnumMap.To<V1.IpScreeningOutcome>(screening.Outcome),
                RegisterEntryId = screening.RegisterEntryId?.ToString() ?? "",
                ScreenedAt = screening.ScreenedAt.ToTimestamp(),
            },
        };
        proto.Documents.AddRange(item.Documents.Select(doc => new V1.GoodsDocument
        {
            Kind = EnumMap.To<V1.DocumentKind>(doc.Kind),
            Reference = doc.Reference,
            IssuedOn = doc.IssuedOn.ToDate(),
        }));
        proto.DeclaredCategories.AddRange(item.DeclaredCategories.Select(category => EnumMap.To<V1.GoodsCategory>(category)));
        return proto;
    }

    private static V1.PersonalUseAssessment ToProto(PersonalUseAssessment a)
    {
        var proto = new V1.PersonalUseAssessment
        {
            AssessedOn = a.AssessedOn.ToDate(),
            ThresholdsEffectiveFrom = a.ThresholdsEffectiveFrom.ToDate(),
            WrittenDeclarationMandatory = a.WrittenDeclarationMandatory,
        };
        proto.MandatoryDeclarationRules.AddRange(a.MandatoryDeclarationRules.Select(r =>
        {
            var rule = new V1.AppliedRule { Number = r.Number, Text = r.Text, Note = r.Note ?? "" };
            rule.ItemNumbers.AddRange(r.ItemNumbers);
            return rule;
        }));
        proto.Findings.AddRange(a.Findings.Select(f => new V1.ItemFinding
        {
            ItemNumber = f.ItemNumber, Kind = EnumMap.To<V1.FindingKind>(f.Kind), Rule = f.Rule,
        }));
        proto.RequiredPermits.AddRange(a.RequiredPermits.Select(p => new V1.RequiredPermit
        {
            ItemNumber = p.ItemNumber, Category = EnumMap.To<V1.GoodsCategory>(p.Category), Document = EnumMap.To<V1.DocumentKind>(p.Document), Presented = p.Presented,
        }));
        proto.Conversions.AddRange(a.Conversions.Select(c => new V1.ThresholdConversion
        {
            MemoCase = c.MemoCase,
            ItemNumber = c.ItemNumber ?? 0,
            Amount = c.Conversion.Amount.ToMoney(c.Conversion.From),
            ToCurrency = c.Conversion.To,
            Converted = c.Conversion.Converted is { } converted
                ? decimal.Round(converted, 2, MidpointRounding.AwayFromZero).ToMoney(c.Conversion.To) : null,
            RateNeededOn = c.Conversion.RateNeededOn.ToDate(),
            RateDate = c.Conversion.RateDate.ToDate(),
            RateSource = c.Conversion.RateSource ?? "",
        }));
        return proto;
    }
}
