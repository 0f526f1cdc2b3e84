using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Customs.ServiceDefaults;

/// <summary>The rich status every non-OK answer carries: a google.rpc.Status with an ErrorInfo (reason, domain, legal basis).</summary>
public static class ErrorStatus
{
    public static Google.Rpc.Status Create(StatusCode code, string message, string reason, string domain, string? legalBasis = null, Any? detail = null)
    {
        var info = new ErrorInfo { Reason = reason, Domain = domain };
        if (!string.IsNullOrEmpty(legalBasis))
        {
            info.Metadata["legal_basis"] = legalBasis;
        }

        var status = new Google.Rpc.Status { Code = (int)code, Message = message, Details = { Any.Pack(info) } };
        if (detail is not null)
        {
            status.Details.Add(detail);
        }

        return status;
    }

    /// <summary>The value of the <c>grpc-status-details-bin</c> header or trailer that carries <paramref name="status"/>.</summary>
    public static string ToHeaderValue(Google.Rpc.Status status) => Convert.ToBase64String(status.ToByteArray());

    /// <summary>The gRPC package of a method path (<c>/customs.declarations.v1.DeclarationService/FileDeclaration</c> → <c>customs.declarations.v1</c>).</summary>
    public static string DomainOf(string method)
    {
        var service = method.TrimStart('/').Split('/')[0];
        var dot = service.LastIndexOf('.');
        return dot > 0 ? service[..dot] : service;
    }
}
