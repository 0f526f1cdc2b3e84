using Customs.Demo;
using Grpc.Core;

// ./customs demo: issue 15's scenarios 1 and 2 against a running graph, each step printed, each scenario one trace.
if (args.Contains("--help"))
{
    Console.WriteLine(DemoOptions.Usage);
    return 0;
}

DemoOptions options;
try
{
    options = DemoOptions.Parse(args.Where(a => a != "--").ToList());
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine($"customs demo: {ex.Message}");
    Console.Error.WriteLine(DemoOptions.Usage);
    return 2;
}

var today = options.Today ?? Customs.BuildingBlocks.Calendar.OfficeTime.DateAt(DateTimeOffset.UtcNow, Customs.BuildingBlocks.Calendar.OfficeTime.Moscow);
try
{
    using var graph = new DemoGraph(options);
    var say = new Narrator(Console.Out);
    var flow = new Flow(graph, say, today, options.Patience);
    var brand = await new UnauthorisedImporterScenario(graph, say, flow).RunAsync();
    await new PostedPhoneScenario(graph, say, flow).RunAsync(brand);
    Console.WriteLine();
    Console.WriteLine("Both scenarios released their goods.");
    return 0;
}
catch (IOException ex)
{
    Console.Error.WriteLine($"customs demo: {ex.Message} (is the graph running? start it with ./customs up)");
    return 1;
}
catch (RpcException ex)
{
    Console.Error.WriteLine($"customs demo: {ex.Status.StatusCode}: {ex.Status.Detail} (is the graph running? start it with ./customs up)");
    return 1;
}
catch (DemoFailedException ex)
{
    Console.Error.WriteLine($"customs demo: {ex.Message}");
    return 1;
}
