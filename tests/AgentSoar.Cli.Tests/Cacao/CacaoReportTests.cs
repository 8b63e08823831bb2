using System.Text.Json.Nodes;
using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Cacao;

/// <summary><c>agentsoar cacao import|export --report FILE</c>: every problem as JSON, whether the result was written or not.</summary>
public sealed class CacaoReportTests : IDisposable
{
    private static readonly string Data = Path.Combine(RepositoryRoot.SharedTestData, "cacao");
    private static readonly string Schemas = Path.Combine(Data, "schemas");
    private readonly TempFolder _temp = new();

    private string ReportPath => Path.Combine(_temp.Path, "report.json");

    [Fact]
    public void Import_UnknownCommandTypeStrict_ReportsEachErrorWithItsPointerAndCacaoStep()
    {
        var example = Path.Combine(Data, "examples", "locky-bart-mbc-examples.json");

        var result = CliRun.Invoke("cacao", "import", example, "-o", Path.Combine(_temp.Path, "locky.yaml"), "--schemas", Schemas, "--report", ReportPath);

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        var report = Read();
        Assert.Equal(1, report["report_version"]!.GetValue<int>());
        Assert.Equal("cacao import", report["command"]!.GetValue<string>());
        Assert.False(report["written"]!.GetValue<bool>());
        var problems = report["problems"]!.AsArray().Select(p => p!.AsObject()).ToList();
        var printedErrors = result.Error.Split('\n').Count(l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Equal(printedErrors, report["errors"]!.GetValue<int>());
        Assert.Equal(printedErrors, problems.Count(p => p["severity"]!.GetValue<string>() == "error"));
        var ftp = Assert.Single(problems, p => p["message"]!.GetValue<string>().StartsWith("unknown command type 'ftp'", StringComparison.Ordinal));
        Assert.Equal("/workflow/action--3fdb51db-2548-4beb-ab7d-f52b3ab1e5ed/commands/0/type", ftp["pointer"]!.GetValue<string>());
        Assert.Equal("action--3fdb51db-2548-4beb-ab7d-f52b3ab1e5ed", ftp["cacao_step"]!.GetValue<string>());
        Assert.Equal(example, ftp["file"]!.GetValue<string>());
        Assert.Null(ftp["line"]);
    }

    [Fact]
    public void Import_ValidExample_WritesAReportOfItsWarningsAndSaysTheResultWasWritten()
    {
        var output = Path.Combine(_temp.Path, "ok.yaml");

        var result = CliRun.Invoke("cacao", "import", Path.Combine(Data, "examples", "spec-3.1-example.json"), "-o", output, "--schemas", Schemas, "--report", ReportPath);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var report = Read();
        Assert.True(report["written"]!.GetValue<bool>());
        Assert.Equal(output, report["output"]!.GetValue<string>());
        Assert.Equal("strict", report["mode"]!.GetValue<string>());
        Assert.Equal(0, report["errors"]!.GetValue<int>());
        var problems = report["problems"]!.AsArray();
        Assert.Equal(report["warnings"]!.GetValue<int>(), problems.Count);
        Assert.Contains(problems, p => p!["pointer"]!.GetValue<string>() == "/workflow" && p["cacao_step"] is null);
        Assert.Contains(problems, p => p!["pointer"]!.GetValue<string>() == string.Empty && p["location"]!.GetValue<string>() == "/");
    }

    [Fact]
    public void Export_StepCacaoCannotSay_ReportsLineAndColumnAndTheCacaoStepItWasWrittenAs()
    {
        var playbook = Path.Combine(_temp.Path, "any.yaml");
        File.WriteAllText(playbook, """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: any-join, name: Any join }
            steps:
              - id: both
                parallel:
                  join: any
                  branches:
                    a: [ { id: left, action: simulation.comment, with: { text: a } } ]
                    b: [ { id: right, action: simulation.comment, with: { text: b } } ]
            """);
        var output = Path.Combine(_temp.Path, "any.json");

        var result = CliRun.Invoke("cacao", "export", playbook, "-o", output, "--tolerant", "--report", ReportPath);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var join = Assert.Single(Read()["problems"]!.AsArray(), p => p!["message"]!.GetValue<string>().Contains("join", StringComparison.Ordinal))!;
        Assert.Equal("warning", join["severity"]!.GetValue<string>());
        Assert.Equal((5, 5), (join["line"]!.GetValue<int>(), join["column"]!.GetValue<int>()));
        Assert.Equal("5:5", join["location"]!.GetValue<string>());
        var written = JsonNode.Parse(File.ReadAllText(output))!["workflow"]![join["cacao_step"]!.GetValue<string>()];
        Assert.Equal("parallel", written!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Export_InvalidPlaybook_ReportsTheLoaderErrorsAndNothingWritten()
    {
        var playbook = Path.Combine(_temp.Path, "bad.yaml");
        File.WriteAllText(playbook, "apiVersion: agentsoar/v1\nkind: Playbook\nmetadata: { id: bad, name: Bad }\nsteps:\n  - id: x\n    frobnicate: 1\n");

        var result = CliRun.Invoke("cacao", "export", playbook, "--tolerant", "--report", ReportPath);

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        var report = Read();
        Assert.False(report["written"]!.GetValue<bool>());
        Assert.True(report["errors"]!.GetValue<int>() > 0);
        Assert.All(report["problems"]!.AsArray(), p => Assert.True(p!["line"]!.GetValue<int>() > 0));
    }

    [Fact]
    public void Import_MissingFile_ReportsItAsAnError()
    {
        var missing = Path.Combine(_temp.Path, "nope.json");

        var result = CliRun.Invoke("cacao", "import", missing, "--tolerant", "--report", ReportPath);

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        var problem = Assert.Single(Read()["problems"]!.AsArray())!;
        Assert.Equal(("error", missing, "no such file"), (problem["severity"]!.GetValue<string>(), problem["file"]!.GetValue<string>(), problem["message"]!.GetValue<string>()));
    }

    [Fact]
    public void Import_ReportCannotBeWritten_ExitsTwoAndWritesNoResult()
    {
        var output = Path.Combine(_temp.Path, "ok.yaml");

        var result = CliRun.Invoke("cacao", "import", Path.Combine(Data, "examples", "basic-example-1.json"), "-o", output, "--tolerant", "--report", Path.Combine(_temp.Path, "no-such-folder", "report.json"));

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("could not be written", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    public void Dispose() => _temp.Dispose();

    private JsonObject Read() => JsonNode.Parse(File.ReadAllText(ReportPath))!.AsObject();
}
