namespace Customs.Suite.Tests;

/// <summary>The repository the tests run from (the folder of Microservices.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Microservices.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Microservices.sln not found above the test's folder.");
    }
}
