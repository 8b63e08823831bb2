namespace AgentSoar.Benchmarks;

/// <summary>The checkout the benchmark runs from (found by walking up to the solution) and its build configuration.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = Find();

    /// <summary>Debug or Release, read from this program's output folder (…/bin/Release/net10.0/): the services are taken from the same.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AgentSoar.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No AgentSoar.sln above {AppContext.BaseDirectory}.");
    }
}
