using System.Diagnostics;
using System.Text;

namespace AgentSoar.Connectors.Conformance.Tests.Template;

/// <summary>
/// A connector made from the dotnet new template passes the conformance kit unchanged: the template is installed
/// into a private hive, instantiated, and its tests built and run against this tree, offline.
/// </summary>
public sealed class ConnectorTemplateTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task DotnetNew_AgentSoarConnectorTemplate_PassesConformanceKitUnchanged()
    {
        var root = RepositoryRoot();
        var scratch = Directory.CreateTempSubdirectory("agentsoar-template-");
        try
        {
            var hive = Path.Combine(scratch.FullName, "hive");
            var install = await DotnetAsync(scratch.FullName, "new", "install", Path.Combine(root, "templates", "agentsoar-connector"), "--debug:custom-hive", hive);
            Assert.True(install.ExitCode == 0, install.Output);

            var create = await DotnetAsync(scratch.FullName, "new", "agentsoar-connector", "-n", "Acme", "--AgentSoarSource", root, "--debug:custom-hive", hive);
            Assert.True(create.ExitCode == 0, create.Output);
            var connector = File.ReadAllText(Path.Combine(scratch.FullName, "Acme", "src", "AgentSoar.Connectors.Acme", "AcmeConnector.cs"));
            Assert.Contains("public override string Name => \"acme\";", connector, StringComparison.Ordinal);

            var test = await DotnetAsync(Path.Combine(scratch.FullName, "Acme"), "test", Path.Combine("tests", "AgentSoar.Connectors.Acme.Tests"));
            Assert.True(test.ExitCode == 0, test.Output);
            Assert.Contains("Passed:     6", test.Output, StringComparison.Ordinal);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> DotnetAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own MSBuild and VSTest settings must not leak into the nested build.
        foreach (var key in start.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, $"dotnet {string.Join(' ', arguments)} exited {process.ExitCode}:\n{output}");
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
