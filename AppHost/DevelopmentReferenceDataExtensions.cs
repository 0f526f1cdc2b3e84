using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;

namespace Customs.AppHost;

public static class DevelopmentReferenceDataExtensions
{
    /// <summary>
    /// In development (<c>./customs up</c>, the tests) Payments loads tests/TestSupport/ReferenceData beside its shipped
    /// reference data: the shipped customs-fee bands end on 2025-12-31 (the acts after it are not in the repository), so
    /// without these TEST bands no commercial import accepted today could be assessed, nor released. The figures are
    /// marked as test data: their legal reference reads "TEST DATA", and a calculation trace cites it. A deployment outside development
    /// ships its own reference data and never gets them.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithDevelopmentReferenceData(this IResourceBuilder<ProjectResource> payments)
    {
        var builder = payments.ApplicationBuilder;
        return builder.Environment.IsDevelopment()
            ? payments.WithEnvironment("Payments__ReferenceDataDirectory",
                Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "tests", "TestSupport", "ReferenceData")))
            : payments;
    }
}
