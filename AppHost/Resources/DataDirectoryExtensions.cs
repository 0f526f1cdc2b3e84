using Aspire.Hosting;

namespace Customs.AppHost.Resources;

public static class DataDirectoryExtensions
{
    /// <summary>
    /// Where this run keeps its data (servers' folders, generated passwords, the development signing key):
    /// <c>Customs:DataFolder</c>, by default <c>.data/</c> at the repository root; tests give a fresh temporary folder.
    /// </summary>
    public static string GetDataDirectory(this IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(builder.Configuration["Customs:DataFolder"] ?? Path.Combine(builder.AppHostDirectory, "..", ".data"));
}
