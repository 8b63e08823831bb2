using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.EndToEnd;

public sealed class AllInOneEndToEndTests
{
    [Fact]
    public async Task Alert_ThroughApprovals_CompletesWithOneWebhookCall()
    {
        await using var deployment = await AllInOneDeployment.StartAsync();

        await EndToEndScenario.RunAsync(deployment);
    }

    [Fact]
    public async Task FinishedRun_ShownAndRolledBackFromTheCommandLine()
    {
        await using var deployment = await AllInOneDeployment.StartAsync();
        var runId = await EndToEndScenario.RunAsync(deployment);
        var keyFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(keyFile, TestKeys.Admin);
        try
        {
            var shown = await CliProcess.RunAsync("run", "show", runId, "--server", deployment.ApiBase, "--key-file", keyFile);

            Assert.True(shown.ExitCode == 0, shown.Error);
            foreach (var line in new[] { "run of block-malicious-ip v2", "- verdict [if] succeeded", "- block [action simulation.block_ip] succeeded", "branch: then" })
            {
                Assert.True(shown.Output.Contains(line, StringComparison.Ordinal), $"no '{line}' in:\n{shown.Output}");
            }

            var rolledBack = await CliProcess.RunAsync("run", "rollback", runId, "--reason", "false positive", "--server", deployment.ApiBase, "--key-file", keyFile);

            Assert.True(rolledBack.ExitCode == 0, rolledBack.Error);
            // The all-in-one mode runs its connectors in simulation mode: nothing was really done, so nothing is undone,
            // and the rollback says so for each action instead of pretending.
            using var api = deployment.Client();
            var run = await Eventually.GetValueAsync("the rollback to finish", async () =>
            {
                var r = await api.GetJsonAsync($"/api/v1/runs/{runId}");
                return r.GetProperty("status").GetString() == "rolled_back" ? (System.Text.Json.JsonElement?)r : null;
            }, diagnostics: deployment.Diagnostics);
            var rollback = run.GetProperty("rollback");
            Assert.Equal("alice", rollback.GetProperty("requested_by").GetString());
            Assert.Equal("false positive", rollback.GetProperty("reason").GetString());
            Assert.Contains(rollback.GetProperty("not_undone").EnumerateArray(), n => n.GetString()!.StartsWith("block: simulation.block_ip was only simulated", StringComparison.Ordinal));

            var again = await CliProcess.RunAsync("run", "rollback", runId, "--server", deployment.ApiBase, "--key-file", keyFile);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("409", again.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }
}
