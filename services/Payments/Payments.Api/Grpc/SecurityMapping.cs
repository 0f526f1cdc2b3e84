using Customs.Payments.Api.Domain.Securities;
using Customs.ServiceDefaults;
using Google.Protobuf.WellKnownTypes;
using G = Customs.Guarantees.V1;

namespace Customs.Payments.Api.Grpc;

/// <summary>Securities and reservations between domain and proto.</summary>
internal static class SecurityMapping
{
    public static G.Security ToProto(Security s, IEnumerable<Reservation> reservations) => new()
    {
        SecurityId = s.Id.ToString(), SecurityReference = s.Reference, Method = EnumMap.To<G.SecurityMethod>(s.Method), PrincipalTaxpayerNumber = s.Principal,
        GuarantorTaxpayerNumber = s.Guarantor, General = s.General, OfficeCode = s.OfficeCode, AcceptedOn = s.AcceptedOn.ToDate(),
        Amount = s.AmountRub.ToMoney("RUB"), Reserved = s.ReservedRub.ToMoney("RUB"), Called = s.CalledRub.ToMoney("RUB"),
        Available = s.AvailableRub.ToMoney("RUB"), ReceiptNumber = s.ReceiptNumber, InForce = s.InForce, Reservations = { reservations.Select(ToProto) },
        Purpose = EnumMap.To<G.SecurityPurpose>(s.Purpose), OpenAreaSquareMetres = s.OpenAreaSquareMetres.ToWireDecimal(),
        RoomVolumeCubicMetres = s.RoomVolumeCubicMetres.ToWireDecimal(),
        Deposit = s.Method == SecurityMethod.CashDeposit ? s.DepositAmount.ToMoney(s.DepositCurrency) : null,
        Refunded = s.Method == SecurityMethod.CashDeposit ? s.RefundedRub.ToMoney("RUB") : null,
        PledgedProperty = s.Pledged is { } p ? new G.PledgedProperty
        {
            Description = p.Description, Value = p.ValueRub.ToMoney("RUB"), Location = p.Location, InCustomsCustody = p.InCustomsCustody,
        } : null,
        // Art. 345(5): the customs receipt confirms the deposit as paid.
        Receipt = s.ReceiptNumber.Length == 0 ? null : new G.CustomsReceipt
        {
            Number = s.ReceiptNumber, OfficeCode = s.OfficeCode, IssuedOn = s.AcceptedOn.ToDate(), PayerTaxpayerNumber = s.Principal,
            Amount = s.DepositAmount.ToMoney(s.DepositCurrency),
        },
    };

    public static G.Reservation ToProto(Reservation r) => new()
    {
        OperationReference = r.OperationReference, OfficeCode = r.OfficeCode, DeclarationId = r.DeclarationId, Amount = r.AmountRub.ToMoney("RUB"),
        Status = EnumMap.To<G.ReservationStatus>(r.Status), ReservedAt = Timestamp.FromDateTimeOffset(r.ReservedAt), EndedOn = r.EndedOn?.ToDate(),
    };
}
