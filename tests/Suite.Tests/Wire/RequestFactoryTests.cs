namespace Customs.Suite.Tests.Wire;

/// <summary>
/// The generator MalformedRequestTests draws from, checked without a graph: for every RPC and 600 seeds it builds a
/// malformed request, whatever depth its random walk ends at (a CI run once drew a message three levels down whose
/// only fields were messages, and the generator, not the service, failed).
/// </summary>
public sealed class RequestFactoryTests
{
    [Fact]
    public void Every_request_of_every_rpc_can_be_malformed_from_any_seed()
    {
        var methods = Customs.Suite.Tests.Authentication.GrpcServices.All.SelectMany(s => s.Methods).ToList();
        var failures = new List<string>();
        foreach (var method in methods)
        {
            for (var seed = 0; seed < 600; seed++)
            {
                try
                {
                    RequestFactory.Malformed(method.InputType, new Random(seed));
                }
                catch (Exception e)
                {
                    failures.Add($"{method.FullName} seed {seed}: {e.GetType().Name} {e.Message}");
                    break;
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
