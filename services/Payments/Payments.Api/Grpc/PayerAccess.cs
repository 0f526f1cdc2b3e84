using Customs.Payments.Api.Domain;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;

namespace Customs.Payments.Api.Grpc;

internal static class PayerAccess
{
    /// <summary>A payer or declarant acts for itself only (Arts. 330(3), 333(1), 355(2)); an officer for any payer.</summary>
    public static void EnsureOwn(string taxpayerNumber, ServerCallContext context, string legalBasis)
    {
        var caller = context.GetCaller();
        if (!caller.IsOfficer && caller.TaxpayerNumber != taxpayerNumber)
        {
            throw new PermissionDeniedException(PaymentErrors.NotThePayersAccount, "A payer acts for itself only.", legalBasis);
        }
    }
}
