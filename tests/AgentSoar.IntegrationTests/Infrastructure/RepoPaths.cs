namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>Finds the repository and the built services (same configuration as this test assembly).</summary>
public static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

    /// <summary>Debug or Release, read from this assembly's output folder (…/bin/Release/net10.0/).</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string ServiceDll(string project)
    {
        var path = Path.Combine(Root, "src", project, "bin", Configuration, "net10.0", project + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution first: {path} is missing.");
    }
}
