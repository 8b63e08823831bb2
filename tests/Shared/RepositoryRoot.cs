namespace AgentSoar;

/// <summary>
/// The checkout the tests run from, found by walking up to the solution file. Compiled into every
/// test project (see Directory.Build.props), so each finds the shipped playbooks, schemas and config
/// the same way; the shared third-party test data sits beside the checkout.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The shared test data beside the checkout (<c>../shared/testdata</c>).</summary>
    public static string SharedTestData => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "testdata"));

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
