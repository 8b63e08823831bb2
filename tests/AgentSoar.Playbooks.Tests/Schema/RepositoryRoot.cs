namespace AgentSoar.Playbooks.Tests.Schema;

/// <summary>The checkout the tests run from, found by walking up to the solution file.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "AgentSoar.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No AgentSoar.sln above {AppContext.BaseDirectory}.");
    }
}
