using Customs.BuildingBlocks.Identity;

namespace Customs.Demo;

/// <summary>A caller of the demo and the name it is printed under.</summary>
public sealed record CallerIdentityText(string Name, CallerIdentity Identity);
