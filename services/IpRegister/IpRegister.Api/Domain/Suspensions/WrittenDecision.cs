using Customs.BuildingBlocks.Identity;
namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>Art. 397(1): who decided in writing, in what role, when, and the decision's reference.</summary>
public sealed record WrittenDecision(SuspensionDecision Decision, DateOnly On, string OfficerId, OfficerRole Role, string Reference);
