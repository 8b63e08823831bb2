using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class PlaybookCatalogTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "agentsoar-catalog-" + Guid.NewGuid().ToString("N"));

    public PlaybookCatalogTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Named(string id) => SamplePlaybooks.Minimal.Replace("id: minimal", $"id: {id}", StringComparison.Ordinal);

    [Fact]
    public void LoadDirectory_ValidFilesInSubfolders_AreAllLoaded()
    {
        Write("a.yaml", Named("alpha"));
        Write("nested/deeper/b.yml", Named("beta"));
        Write("c.YAML", Named("gamma"));
        Write("notes.txt", "not a playbook");

        var (catalog, diagnostics) = PlaybookCatalog.LoadDirectory(_root);

        Assert.Empty(diagnostics);
        Assert.Equal(["alpha", "beta", "gamma"], catalog.All.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Path.Combine(_root, "nested", "deeper", "b.yml"), catalog.Find("beta")!.SourceFile);
        Assert.Null(catalog.Find("notes"));
    }

    [Fact]
    public void LoadDirectory_DuplicateId_KeepsTheFirstFileAndReportsTheSecondsId()
    {
        var first = Write("a/one.yaml", Named("same"));
        var second = Write("b/two.yaml", Named("same"));

        var (catalog, diagnostics) = PlaybookCatalog.LoadDirectory(_root);

        Assert.Equal(first, Assert.Single(catalog.All).SourceFile);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((second, 4, 7), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal($"duplicate playbook id 'same': {first} already uses it; this file is left out", diagnostic.Message);
    }

    [Fact]
    public void LoadDirectory_InvalidFile_IsLeftOutWithItsDiagnostics()
    {
        Write("good.yaml", Named("good"));
        var bad = Write("bad.yaml", Named("bad").Replace("kind: Playbook", "kind: Nope", StringComparison.Ordinal));

        var (catalog, diagnostics) = PlaybookCatalog.LoadDirectory(_root);

        Assert.Equal("good", Assert.Single(catalog.All).Id);
        Assert.Equal($"{bad}:2:7: error: kind must be 'Playbook', not 'Nope'", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void LoadDirectory_WithActionCatalog_ChecksActions()
    {
        Write("p.yaml", Named("p").Replace("simulation.comment", "simulation.shout", StringComparison.Ordinal));

        var (catalog, diagnostics) = PlaybookCatalog.LoadDirectory(_root, new FakeActionCatalog());

        Assert.Empty(catalog.All);
        Assert.Contains("unknown action 'simulation.shout'", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_MissingDirectory_Throws() =>
        Assert.Throws<DirectoryNotFoundException>(() => PlaybookCatalog.LoadDirectory(Path.Combine(_root, "absent")));
}
