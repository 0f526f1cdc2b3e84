using Customs.IpRegister.Api.Domain.China;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>A suspension and, at a Chinese office once the notice reached the holder, its GAC detention procedure.</summary>
public sealed record GacSuspension(Suspension Suspension, ChinaDetention? Detention);
