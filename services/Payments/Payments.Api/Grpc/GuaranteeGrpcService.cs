using Customs.BuildingBlocks.Identity;
using Customs.Guarantees.V1;
using Customs.Payments.Api.Application;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using D = Customs.Payments.Api.Domain.Securities;

namespace Customs.Payments.Api.Grpc;

/// <summary>Security of customs payments (Arts. 337-347): accepted by an office, reserved per operation, released or called.</summary>
[Authorize]
public sealed partial class GuaranteeGrpcService(
    Securities securities, SecurityReleases releases, CashDepositCollections collections, SecurityWaivers waivers, TimeProvider clock)
    : GuaranteeService.GuaranteeServiceBase
{
    /// <summary>Art. 340(2): the payer chooses the method; the office accepts it (its officer records it).</summary>
    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<AcceptSecurityResponse> AcceptSecurity(AcceptSecurityRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.SecurityReference, "security_reference", violations);
        if (request.Method == SecurityMethod.Unspecified)
        {
            violations.Add(new("method", "is required: one of the methods of Art. 340(1)"));
        }

        RequestMapping.TaxpayerNumber(request.PrincipalTaxpayerNumber, "principal_taxpayer_number", violations);
        var needsGuarantor = request.Method is SecurityMethod.BankGuarantee or SecurityMethod.Insurance or SecurityMethod.Surety;
        if (needsGuarantor)
        {
            RequestMapping.TaxpayerNumber(request.GuarantorTaxpayerNumber, "guarantor_taxpayer_number", violations);
        }
        else if (request.GuarantorTaxpayerNumber.Length > 0)
        {
            violations.Add(new("guarantor_taxpayer_number", "is for a bank guarantee, an insurance contract or a surety only"));
        }

        // Art. 345(1): a cash deposit also in a foreign currency the central bank quotes.
        var cash = request.Method == SecurityMethod.CashDeposit;
        var currency = cash ? request.Amount?.CurrencyCode ?? "" : "RUB";
        var amount = cash && currency != "RUB" ? ForeignAmount(request.Amount, violations) : RequestMapping.RequiredRoubles(request.Amount, "amount", violations);
        var acceptedOn = RequestMapping.Required(request.AcceptedOn, "accepted_on", violations);
        var purpose = request.Purpose == SecurityPurpose.Unspecified ? D.SecurityPurpose.Operations : EnumMap.To<D.SecurityPurpose>(request.Purpose);
        var (openArea, roomVolume) = (request.OpenAreaSquareMetres.ToDecimal(), request.RoomVolumeCubicMetres.ToDecimal());
        foreach (var (value, field) in new[] { (openArea, "open_area_square_metres"), (roomVolume, "room_volume_cubic_metres") })
        {
            if (value < 0)
            {
                violations.Add(new(field, "must not be negative"));
            }
            else if (value > 0 && purpose is not (D.SecurityPurpose.TemporaryStorageWarehouse or D.SecurityPurpose.BondedWarehouse))
            {
                violations.Add(new(field, "is for a temporary-storage or bonded warehouse only (Art. 339(2))"));
            }
        }

        var pledged = Pledged(request, violations);
        RequestValidationException.ThrowIfAny(violations);
        var caller = context.GetCaller();
        var security = new D.Security(Guid.CreateVersion7(clock.GetUtcNow()), request.SecurityReference, EnumMap.To<D.SecurityMethod>(request.Method),
            request.PrincipalTaxpayerNumber, request.GuarantorTaxpayerNumber, request.General, caller.OfficeCode!, acceptedOn!.Value, currency == "RUB" ? amount : 0m, 0, 0,
            true, "")
        {
            Purpose = purpose, OpenAreaSquareMetres = openArea, RoomVolumeCubicMetres = roomVolume, DepositCurrency = currency, DepositAmount = cash ? amount : 0m,
            Pledged = pledged,
        };
        var (accepted, created) = await securities.AcceptAsync(security, caller.Subject, context.CancellationToken);
        return new AcceptSecurityResponse { Security = SecurityMapping.ToProto(accepted, []), Created = created };
    }

    [Authorize(Policy = CallerPolicies.PayerOrOfficer)]
    public override async Task<GetSecurityResponse> GetSecurity(GetSecurityRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.SecurityId, "security_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        var (security, reservations) = await securities.GetAsync(id, request.IncludeEnded, context.CancellationToken);
        PayerAccess.EnsureOwn(security.Principal, context, "Art. 337(4)");
        return new GetSecurityResponse { Security = SecurityMapping.ToProto(security, reservations) };
    }

    /// <summary>Art. 337(3): the operation's office takes part of the guarantee for its declaration.</summary>
    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ReserveSecurityResponse> ReserveSecurity(ReserveSecurityRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.SecurityId, "security_id", violations);
        RequestMapping.RequireId(request.OperationReference, "operation_reference", violations);
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        var amount = RequestMapping.RequiredRoubles(request.Amount, "amount", violations);
        RequestValidationException.ThrowIfAny(violations);
        var caller = context.GetCaller();
        var wanted = new D.Reservation(request.OperationReference, caller.OfficeCode!, request.DeclarationId, amount, D.ReservationStatus.Reserved, default, null);
        var (reservation, created, available) = await securities.ReserveAsync(id, wanted, caller.Subject, context.CancellationToken);
        return new ReserveSecurityResponse { Reservation = SecurityMapping.ToProto(reservation), Created = created, Available = available.ToMoney("RUB") };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<EndReservationResponse> EndReservation(EndReservationRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.SecurityId, "security_id", violations);
        RequestMapping.RequireId(request.OperationReference, "operation_reference", violations);
        if (request.Outcome is not (ReservationStatus.Released or ReservationStatus.Called))
        {
            violations.Add(new("outcome", "is required: released or called"));
        }

        var endedOn = RequestMapping.Required(request.EndedOn, "ended_on", violations);
        RequestValidationException.ThrowIfAny(violations);
        var (reservation, available) = await securities.EndAsync(id, request.OperationReference, EnumMap.To<D.ReservationStatus>(request.Outcome), endedOn!.Value,
            context.GetCaller().Subject, context.CancellationToken);
        return new EndReservationResponse { Reservation = SecurityMapping.ToProto(reservation), Available = available.ToMoney("RUB") };
    }

    /// <summary>Art. 337(5): the whole security ends once what it secured ended; a cash deposit is refunded (357) or kept (345(4)).</summary>
    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ReleaseSecurityResponse> ReleaseSecurity(ReleaseSecurityRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.SecurityId, "security_id", violations);
        RequestMapping.RequireId(request.ReleaseReference, "release_reference", violations);
        if (request.Disposition == SecurityDisposition.Unspecified)
        {
            violations.Add(new("disposition", "is required: released, refunded or kept"));
        }

        var releasedOn = RequestMapping.Required(request.ReleasedOn, "released_on", violations);
        RequestValidationException.ThrowIfAny(violations);
        var caller = context.GetCaller();
        var (security, release, created) = await releases.ReleaseAsync(id, request.ReleaseReference, EnumMap.To<D.SecurityDisposition>(request.Disposition),
            releasedOn!.Value, request.ReceiptNumber, caller.OfficeCode ?? "", caller.Subject, context.CancellationToken);
        return new ReleaseSecurityResponse
        {
            Security = SecurityMapping.ToProto(security, []), Disposition = EnumMap.To<SecurityDisposition>(release.Disposition),
            Refund = release.RefundRub.ToMoney("RUB"), KeptForArrears = release.KeptForArrearsRub.ToMoney("RUB"), Created = created,
            RefundAsPaid = release.RefundAsPaid.ToMoney(release.RefundCurrency), RefundingOfficeCode = release.RefundingOfficeCode,
        };
    }

    /// <summary>Arts. 353(1), (2), 357(5): the head or a deputy resolves to collect the principal's arrears from its cash deposit.</summary>
    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<CollectFromCashDepositResponse> CollectFromCashDeposit(CollectFromCashDepositRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.SecurityId, "security_id", violations);
        RequestMapping.RequireId(request.CollectionReference, "collection_reference", violations);
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        var demandId = RequestMapping.RequireGuid(request.DemandId, "demand_id", violations);
        var collectedOn = RequestMapping.Required(request.CollectedOn, "collected_on", violations);
        RequestValidationException.ThrowIfAny(violations);
        var (stored, created) = await collections.CollectAsync(id, request.CollectionReference, request.DeclarationId, demandId, collectedOn!.Value,
            context.GetCaller().Subject, context.CancellationToken);
        var c = stored.Collection;
        return new CollectFromCashDepositResponse
        {
            Amount = c.AmountRub.ToMoney("RUB"), ToPayments = c.ToPaymentsRub.ToMoney("RUB"), ToInterest = c.ToInterestRub.ToMoney("RUB"),
            ToPenalties = c.ToPenaltiesRub.ToMoney("RUB"), NoticeBy = c.NoticeBy.ToDate(), Created = created,
        };
    }

    /// <summary>Art. 345(1): a deposit in a foreign currency, stated in its minor units (its rate is checked at acceptance).</summary>
    private static decimal ForeignAmount(Google.Type.Money? money, List<FieldViolation> violations)
    {
        if (money is null)
        {
            violations.Add(new("amount", "is required"));
            return 0;
        }

        var amount = money.ToDecimal();
        if (money.CurrencyCode.Length != 3 || !money.CurrencyCode.All(char.IsAsciiLetterUpper))
        {
            violations.Add(new("amount", "is in RUB or a currency's ISO 4217 code"));
        }
        else if (amount <= 0)
        {
            violations.Add(new("amount", "must be more than zero"));
        }
        else if (!Customs.BuildingBlocks.Amounts.MinorUnits.Fits(amount))
        {
            violations.Add(new("amount", Customs.BuildingBlocks.Amounts.MinorUnits.TooPrecise));
        }

        return amount;
    }
}
