using Customs.Types.V1;
using Google.Protobuf.Reflection;

namespace Customs.Suite.Tests.Wire;

/// <summary>What a client reads in the protos: every string a request can carry declares its length limit.</summary>
public sealed class ProtoContractTests
{
    private static readonly IReadOnlyList<ServiceDescriptor> Services = Customs.Suite.Tests.Authentication.GrpcServices.All;

    [Fact]
    public void Every_string_field_of_every_request_declares_its_max_length()
    {
        var undeclared = Services.SelectMany(s => s.Methods).SelectMany(m => StringFields(m.InputType, [])).Distinct()
            .Where(f => f.GetOptions()?.GetExtension(FieldRulesExtensions.MaxLength) is not > 0)
            .Select(f => f.FullName);

        Assert.True(!undeclared.Any(), string.Join(", ", undeclared));
    }

    private static IEnumerable<FieldDescriptor> StringFields(MessageDescriptor message, HashSet<string> seen)
    {
        if (!seen.Add(message.FullName) || message.File.Package.StartsWith("google.", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (var field in message.Fields.InDeclarationOrder())
        {
            if (field.FieldType == FieldType.String)
            {
                yield return field;
            }
            else if (field.FieldType == FieldType.Message)
            {
                foreach (var nested in StringFields(field.MessageType, seen))
                {
                    yield return nested;
                }
            }
        }
    }
}
