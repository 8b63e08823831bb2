using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class PlaybookFolderTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("agentsoar-folder-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Write(string id, string file = "p.yaml", string with = "{}")
    {
        var path = Path.Combine(_root.FullName, file);
        File.WriteAllText(path, $"apiVersion: agentsoar/v1\nkind: Playbook\nmetadata: {{ id: {id}, name: {id} }}\nsteps:\n  - {{ id: s, action: x.y, with: {with} }}\n");
        return path;
    }

    [Fact]
    public void Reload_FileNowHoldingAnotherId_TakesTheOldOutAndPutsTheNewIn()
    {
        Write("first");
        var folder = new PlaybookFolder(_root.FullName);
        folder.Reload();

        Write("second");
        var reload = folder.Reload();

        Assert.Equal(["second"], folder.Catalog.All.Select(p => p.Id));
        Assert.Equal("first", Assert.Single(reload.Removed).Id);
        Assert.Equal("second", Assert.Single(reload.Added).Id);
    }

    [Fact]
    public void Reload_RefusedChange_ReportsTheProblemOnceAndKeepsTheVersion()
    {
        Write("first");
        var folder = new PlaybookFolder(_root.FullName);
        folder.Reload();
        Write("first", with: "{ v: \"${{ nope }}\" }");

        var refused = folder.Reload();
        var again = folder.Reload();

        Assert.Equal("first", Assert.Single(refused.Kept).Id);
        Assert.Single(refused.NewProblems);
        Assert.Empty(again.NewProblems);
        Assert.NotNull(folder.Catalog.Find("first"));
    }

    [Fact]
    public void Create_MissingFolder_Throws() =>
        Assert.Throws<DirectoryNotFoundException>(() => new PlaybookFolder(Path.Combine(_root.FullName, "missing")));
}
