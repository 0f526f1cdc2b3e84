using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Customs.BuildingBlocks.Messaging;

/// <summary>
/// The message types a service may put in its outbox, by full .NET name: every public, non-abstract, non-generic
/// class or record with a namespace (MassTransit needs one) in the contracts assemblies the service registers.
/// </summary>
public sealed class MessageTypeRegistry
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    public MessageTypeRegistry(IEnumerable<Assembly> contractAssemblies)
    {
        foreach (var type in contractAssemblies.Distinct().SelectMany(a => a.GetExportedTypes()).Where(IsMessageType))
        {
            if (!_types.TryAdd(type.FullName!, type))
            {
                throw new InvalidOperationException(
                    $"Two contracts assemblies define {type.FullName}: {_types[type.FullName!].Assembly.GetName().Name} and {type.Assembly.GetName().Name}.");
            }
        }

        Names = [.. _types.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The full names of the known types, as the outbox stores them in <c>message_type</c>.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool TryResolve(string messageType, [NotNullWhen(true)] out Type? type) => _types.TryGetValue(messageType, out type);

    public bool IsKnown(Type type) => type.FullName is { } name && _types.TryGetValue(name, out var known) && known == type;

    private static bool IsMessageType(Type type) =>
        type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false, Namespace: not null, FullName: not null }
        && !typeof(Delegate).IsAssignableFrom(type)
        && !typeof(Exception).IsAssignableFrom(type);
}
