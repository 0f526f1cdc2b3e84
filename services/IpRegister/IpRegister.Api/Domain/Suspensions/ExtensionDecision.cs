using Customs.BuildingBlocks.Identity;

namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>Art. 397(1): the written decision of the head of the office or the deputy to extend a suspension.</summary>
public sealed record ExtensionDecision(DateOnly On, string OfficerId, OfficerRole Role, string Reference);
