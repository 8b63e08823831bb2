using System.Text.Json.Nodes;
using AgentSoar.Cli.Tests.TestSupport;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Cli.Tests.Cacao;

public sealed class CacaoCommandTests : IDisposable
{
    private static readonly string Data = Path.Combine(RepositoryRoot.SharedTestData, "cacao");
    private static readonly string Schemas = Path.Combine(Data, "schemas");
    private readonly TempFolder _temp = new();

    private static string Example(string name) => Path.Combine(Data, "examples", name);

    [Fact]
    public void Import_ValidExampleStrict_WritesAPlaybookTheLoaderAcceptsAndExitsZero()
    {
        var output = Path.Combine(_temp.Path, "bad-mac.yaml");

        var result = CliRun.Invoke("cacao", "import", Example("basic-example-1.json"), "-o", output, "--schemas", Schemas);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var loaded = PlaybookLoader.LoadFile(output);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.Equal("cacao", loaded.Playbook!.Steps.OfType<AgentSoar.Playbooks.Model.ActionStep>().Single().Connector);
    }

    [Fact]
    public void Import_UnknownCommandTypeStrict_NamesTheStepByJsonPointerAndWritesNothing()
    {
        var output = Path.Combine(_temp.Path, "locky.yaml");

        var result = CliRun.Invoke("cacao", "import", Example("locky-bart-mbc-examples.json"), "-o", output, "--schemas", Schemas);

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        Assert.Contains(
            $"{Example("locky-bart-mbc-examples.json")}:/workflow/action--3fdb51db-2548-4beb-ab7d-f52b3ab1e5ed/commands/0/type: error: unknown command type 'ftp'",
            result.Error,
            StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Import_UnknownTypesTolerant_WarnsForEachOnStandardErrorAndWritesThePlaybook()
    {
        var result = CliRun.Invoke("cacao", "import", Example("locky-bart-mbc-examples.json"), "--tolerant");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var warnings = result.Error.Split('\n').Where(l => l.Contains(": warning: unknown", StringComparison.Ordinal)).ToList();
        Assert.Contains(warnings, w => w.Contains("'ftp'", StringComparison.Ordinal));
        Assert.Equal(6, warnings.Count(w => w.Contains("command type 'subroutine'", StringComparison.Ordinal)));
        Assert.Contains(warnings, w => w.Contains("agent type 'software'", StringComparison.Ordinal));
        Assert.Contains("action: cacao.ftp", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ShippedPlaybookStrict_WritesCacaoThatPassesTheSchemasAndExitsZero()
    {
        var output = Path.Combine(_temp.Path, "block.json");

        var result = CliRun.Invoke("cacao", "export", Path.Combine(RepositoryRoot.Path, "playbooks", "block-malicious-ip.yaml"), "-o", output, "--schemas", Schemas);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var cacao = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.Equal("cacao-2.0", cacao["spec_version"]!.GetValue<string>());
        Assert.Contains((cacao["workflow"] as JsonObject)!, s => s.Value!["type"]!.GetValue<string>() == "if-condition");
    }

    [Fact]
    public void Export_ThenImport_ShippedPlaybook_GivesBackTheSameStepKinds()
    {
        var playbook = Path.Combine(RepositoryRoot.Path, "playbooks", "block-malicious-ip.yaml");
        var cacao = Path.Combine(_temp.Path, "block.json");
        var back = Path.Combine(_temp.Path, "back.yaml");

        var exported = CliRun.Invoke("cacao", "export", playbook, "-o", cacao, "--tolerant");
        var imported = CliRun.Invoke("cacao", "import", cacao, "-o", back, "--tolerant");

        Assert.True(exported.ExitCode == ExitCodes.Success && imported.ExitCode == ExitCodes.Success, exported.Error + imported.Error);
        var before = PlaybookLoader.LoadFile(playbook).Playbook!;
        var after = PlaybookLoader.LoadFile(back).Playbook!;
        Assert.Equal(
            AgentSoar.Playbooks.Model.StepTree.Flatten(before.Steps).Select(s => s.GetType().Name),
            AgentSoar.Playbooks.Model.StepTree.Flatten(after.Steps).Select(s => s.GetType().Name));
    }

    [Fact]
    public void Import_StrictAndTolerantTogether_IsAUsageError()
    {
        var result = CliRun.Invoke("cacao", "import", Example("basic-example-1.json"), "--strict", "--tolerant");

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
    }

    [Fact]
    public void Import_StrictWithoutSchemas_SaysHowToGiveThemAndExitsTwo()
    {
        var result = CliRun.Invoke("cacao", "import", Example("basic-example-1.json"), "--schemas", _temp.Path);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("--schemas", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingFile_IsAProblemAtThatPath()
    {
        var missing = Path.Combine(_temp.Path, "nope.json");

        var result = CliRun.Invoke("cacao", "import", missing, "--tolerant");

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        Assert.Contains($"{missing}:/: error: no such file", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
