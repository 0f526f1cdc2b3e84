using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Customs.Benchmarks.Graph;

/// <summary>
/// The reference data a test or benchmark graph's Payments loads beside the shipped ones (tests/TestSupport/ReferenceData,
/// copied beside the test assembly): test values for the services' day where the shipped ones end before it.
/// </summary>
public static class TestReferenceData
{
    public static void Apply(IDistributedApplicationTestingBuilder builder) =>
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(p => p.Name == "payments"))
            .WithEnvironment("Payments__ReferenceDataDirectory", Path.Combine(AppContext.BaseDirectory, "ReferenceData"));
}
