using System.Reflection;

namespace Customs.BuildingBlocks.Messaging;

/// <summary>One registration per contracts assembly; the <see cref="MessageTypeRegistry"/> gathers them all.</summary>
internal sealed record MessageContractAssembly(Assembly Assembly);
