using AgentSoar.Coordinator.Playbooks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Tests.Playbooks;

public sealed class PlaybookRegistryTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("agentsoar-registry-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Load_InvalidFile_IsRefusedWithPositionAndTheValidOnesServe()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "good.yaml"), """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: good, name: Good }
            steps:
              - id: s
                action: intel.lookup
                with: { ip: "1.2.3.4" }
            """);
        File.WriteAllText(Path.Combine(_folder.FullName, "bad.yaml"), """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: bad, name: Bad }
            steps:
              - id: s
                action: intel.lookup
                with: { ip: "${{ inputs.nope }}" }
            """);

        var registry = new PlaybookRegistry(Options.Create(new CoordinatorOptions { PlaybooksPath = _folder.FullName }), NullLogger<PlaybookRegistry>.Instance);

        Assert.NotNull(registry.Find("good"));
        Assert.Null(registry.Find("bad"));
        var diagnostic = Assert.Single(registry.Diagnostics);
        Assert.Matches(@"bad\.yaml:7:\d+: error: .*nope", diagnostic.ToString());
    }

    [Fact]
    public void FindPinned_FileChanged_RunContinuesWithItsOwnCopyOnly()
    {
        var path = Path.Combine(_folder.FullName, "p.yaml");
        const string Yaml = "apiVersion: agentsoar/v1\nkind: Playbook\nmetadata: { id: p, name: P }\nsteps:\n  - id: s\n    action: intel.lookup\n    with: { ip: \"1.2.3.4\" }\n";
        File.WriteAllText(path, Yaml);
        var first = new PlaybookRegistry(Options.Create(new CoordinatorOptions { PlaybooksPath = _folder.FullName }), NullLogger<PlaybookRegistry>.Instance);
        var hash = first.Find("p")!.ContentHash;
        File.WriteAllText(path, Yaml.Replace("1.2.3.4", "5.6.7.8", StringComparison.Ordinal));

        var second = new PlaybookRegistry(Options.Create(new CoordinatorOptions { PlaybooksPath = _folder.FullName }), NullLogger<PlaybookRegistry>.Instance);

        Assert.NotNull(first.FindPinned("p", hash));
        Assert.Null(second.FindPinned("p", hash));
        Assert.NotEqual(hash, second.Find("p")!.ContentHash);
        var pinned = second.FindPinned("p", hash, first.Find("p")!.SourceText);
        Assert.NotNull(pinned);
        Assert.Equal(hash, pinned.ContentHash);
        var third = new PlaybookRegistry(Options.Create(new CoordinatorOptions { PlaybooksPath = _folder.FullName }), NullLogger<PlaybookRegistry>.Instance);
        Assert.Null(third.FindPinned("p", hash, Yaml.Replace("1.2.3.4", "9.9.9.9", StringComparison.Ordinal))); // a copy must hash to the pin
    }

    [Fact]
    public void Load_MissingFolder_NamesTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new PlaybookRegistry(Options.Create(new CoordinatorOptions { PlaybooksPath = "/no/such/folder" }), NullLogger<PlaybookRegistry>.Instance));

        Assert.Contains("AgentSoar:Coordinator:PlaybooksPath", error.Message, StringComparison.Ordinal);
    }

    private static string Version(int version, string ip = "1.2.3.4") => $$"""
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: live, name: Live, version: {{version}} }
        steps:
          - id: s
            action: intel.lookup
            with: { ip: "{{ip}}" }
        """;

    private PlaybookRegistry Registry() =>
        new(Options.Create(new CoordinatorOptions { PlaybooksPath = _folder.FullName }), NullLogger<PlaybookRegistry>.Instance);

    [Fact]
    public void Reload_ChangedValidFile_PutsTheNewVersionInServiceAndKeepsTheOldForItsRuns()
    {
        var file = Path.Combine(_folder.FullName, "live.yaml");
        File.WriteAllText(file, Version(1));
        var registry = Registry();
        var first = registry.Find("live")!;

        File.WriteAllText(file, Version(2));
        registry.Reload();

        Assert.Equal(2, registry.Find("live")!.Metadata.Version);
        Assert.Same(first, registry.FindPinned("live", first.ContentHash));
    }

    [Fact]
    public void Reload_ChangedFileThatNoLongerValidates_KeepsTheVersionInServiceAndReportsTheError()
    {
        var file = Path.Combine(_folder.FullName, "live.yaml");
        File.WriteAllText(file, Version(1));
        var registry = Registry();

        File.WriteAllText(file, Version(2, ip: "${{ inputs.nope }}"));
        registry.Reload();

        Assert.Equal(1, registry.Find("live")!.Metadata.Version);
        Assert.Contains("nope", Assert.Single(registry.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_DeletedFile_TakesThePlaybookOutOfService()
    {
        var file = Path.Combine(_folder.FullName, "live.yaml");
        File.WriteAllText(file, Version(1));
        var registry = Registry();

        File.Delete(file);
        registry.Reload();

        Assert.Null(registry.Find("live"));
    }

    [Fact]
    public void Fingerprint_ChangesWhenAFileDoes()
    {
        var file = Path.Combine(_folder.FullName, "live.yaml");
        File.WriteAllText(file, Version(1));
        var registry = Registry();
        var before = registry.Fingerprint();

        File.WriteAllText(file, Version(22));

        Assert.NotEqual(before, registry.Fingerprint());
    }

    [Fact]
    public async Task Reloader_NewFileInTheFolder_ComesIntoServiceWithoutARestart()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Version(1));

        File.WriteAllText(Path.Combine(harness.PlaybooksFolder, "second.yaml"), Version(1).Replace("id: live", "id: second", StringComparison.Ordinal));

        await harness.WaitForAsync("the new playbook", () => Task.FromResult(harness.Playbooks.Find("second")));
    }
}
