using System.Text.Json.Nodes;
using AgentSoar.Cli.Connectors;
using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Connectors;

public sealed class ConnectorCommandTests
{
    [Fact]
    public void List_TextFormat_ShowsEveryFirstPartyActionWithRiskAndUndo()
    {
        var result = CliRun.Invoke("connector", "list");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith("webhook ", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.Contains("simulation.block_ip  high, mutating, undo unblock_ip:", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.Contains("simulation.lookup_ip  low, read-only:", StringComparison.Ordinal));
    }

    [Fact]
    public void List_JsonFormat_CarriesRiskUndoAndObjectSchemas()
    {
        var result = CliRun.Invoke("connector", "list", "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var catalog = JsonNode.Parse(result.Output)!.AsArray();
        var simulation = catalog.Single(connector => (string?)connector!["name"] == "simulation")!;
        var blockIp = simulation["actions"]!.AsArray().Single(action => (string?)action!["name"] == "block_ip")!;
        Assert.Equal("high", (string?)blockIp["risk"]);
        Assert.True((bool)blockIp["mutating"]!);
        Assert.Equal("unblock_ip", (string?)blockIp["undo_action"]);
        Assert.Equal("object", (string?)blockIp["input_schema"]!["type"]);
        Assert.NotNull(blockIp["input_schema"]!["properties"]!["ip"]);
        Assert.Equal("object", (string?)blockIp["output_schema"]!["type"]);
        Assert.Contains(catalog, connector => (string?)connector!["name"] == "webhook");
    }

    [Fact]
    public void List_UnknownFormat_FailsAsUsageError()
    {
        var result = CliRun.Invoke("connector", "list", "--format", "yaml");

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
    }

    [Fact]
    public void New_WithName_WritesEveryTemplateFileWithTheNameReplaced()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "Acme");

        var result = CliRun.Invoke("connector", "new", "Acme", "-o", folder, "--agentsoar-root", "/src/agentsoar");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(ConnectorTemplate.Files.Select(file => file.Replace("Example", "Acme", StringComparison.Ordinal)).Order(StringComparer.Ordinal), files);
        Assert.Contains("src/AgentSoar.Connectors.Acme/AcmeConnector.cs", files);
        Assert.Contains("tests/AgentSoar.Connectors.Acme.Tests/AcmeConformanceTests.cs", files);

        var connector = File.ReadAllText(Path.Combine(folder, "src", "AgentSoar.Connectors.Acme", "AcmeConnector.cs"));
        Assert.Contains("public override string Name => \"acme\";", connector, StringComparison.Ordinal);
        Assert.Contains("<AgentSoarRoot Condition=\"'$(AgentSoarRoot)' == ''\">/src/agentsoar</AgentSoarRoot>", File.ReadAllText(Path.Combine(folder, "Directory.Build.props")), StringComparison.Ordinal);
        var tests = File.ReadAllText(Path.Combine(folder, "tests", "AgentSoar.Connectors.Acme.Tests", "AcmeConformanceTests.cs"));
        Assert.Contains("ConnectorConformanceTests<AcmeConnector>", tests, StringComparison.Ordinal);
        Assert.All(files, file => Assert.DoesNotContain("xample", File.ReadAllText(Path.Combine(folder, file)), StringComparison.Ordinal));
    }

    [Fact]
    public void New_TemplateFiles_AreTheFilesOfTheDotnetNewTemplate()
    {
        var templateFolder = Path.Combine(RepositoryRoot(), "templates", "agentsoar-connector");
        var onDisk = Directory.GetFiles(templateFolder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(templateFolder, file).Replace('\\', '/'))
            .Where(file => !file.StartsWith(".template.config/", StringComparison.Ordinal) && !file.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, ConnectorTemplate.Files);
    }

    [Fact]
    public void New_IntoNonEmptyFolder_FailsAndWritesNothing()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("Acme/keep.txt", "mine");

        var result = CliRun.Invoke("connector", "new", "Acme", "-o", Path.GetDirectoryName(existing)!);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("is not empty", result.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(existing)!));
    }

    [Fact]
    public void New_NameWithDash_FailsAsNotAConnectorName()
    {
        using var temp = new TempFolder();

        var result = CliRun.Invoke("connector", "new", "acme-fw", "-o", Path.Combine(temp.Path, "x"));

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("is not a connector name", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "x")));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "AgentSoar.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("AgentSoar.sln not found above the test assembly.");
    }
}
