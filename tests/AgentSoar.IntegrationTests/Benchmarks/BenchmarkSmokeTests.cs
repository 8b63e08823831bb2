using System.Diagnostics;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Benchmarks;

/// <summary>
/// The benchmark (bench/AgentSoar.Benchmarks, docs/performance.md) with its smoke sizes, against the
/// RabbitMQ and PostgreSQL the test script starts: the raw baseline, the all-in-one mode and the
/// distributed one (its storm, containment race and approval path too) complete and every count is exact. Its timings are not checked
/// here, on purpose: CI machines vary, and a benchmark is not a timed test.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public async Task Smoke_RawBaselineAllInOneAndDistributed_CompletesWithExactCounts()
    {
        var rabbit = Required("AGENTSOAR_TEST_RABBITMQ");
        var postgres = Required("AGENTSOAR_TEST_POSTGRES");
        var output = Path.Combine(Path.GetTempPath(), $"agentsoar-bench-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, printed) = await RunBenchmarkAsync("--smoke", "--rabbitmq", rabbit, "--postgres", postgres, "--out", output);

            Assert.True(exitCode == 0, $"exit code {exitCode}:{Environment.NewLine}{printed}");
            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var raw = report.RootElement.GetProperty("raw").EnumerateArray().ToList();
            Assert.Equal(["classic", "quorum"], raw.Select(q => q.GetProperty("queue_type").GetString()));
            foreach (var queue in raw)
            {
                Assert.Equal(50, queue.GetProperty("messages").GetInt32());
                Assert.Equal(50, queue.GetProperty("confirmed").GetInt32());
                Assert.Equal(50, queue.GetProperty("consumed").GetInt32());
                Assert.Equal(0, queue.GetProperty("duplicates").GetInt32());
                Assert.Equal(0, queue.GetProperty("left_in_queue").GetInt64());
                Assert.Equal(20, queue.GetProperty("round_trip").GetProperty("samples").GetInt32());
            }

            var pipeline = Assert.Single(report.RootElement.GetProperty("pipelines").EnumerateArray());
            Assert.Equal("all-in-one", pipeline.GetProperty("mode").GetString());
            AssertExact(pipeline.GetProperty("saturation_counts"), 20);
            AssertExact(pipeline.GetProperty("latency_counts"), 10);
            Assert.Equal(10, pipeline.GetProperty("alert_to_action").GetProperty("samples").GetInt32());
            Assert.True(report.RootElement.GetProperty("machine").GetProperty("cores").GetInt32() > 0);

            var distributed = report.RootElement.GetProperty("distributed");
            var distributedPipeline = distributed.GetProperty("pipeline");
            Assert.Equal("distributed", distributedPipeline.GetProperty("mode").GetString());
            AssertExact(distributedPipeline.GetProperty("saturation_counts"), 20);
            AssertExact(distributedPipeline.GetProperty("latency_counts"), 10);
            Assert.Equal(10, distributedPipeline.GetProperty("alert_to_action").GetProperty("samples").GetInt32());
            AssertExact(distributed.GetProperty("storm").GetProperty("counts"), 30);
            foreach (var (race, alerts) in new[] { ("containment", 3), ("approval", 3) })
            {
                var result = distributed.GetProperty(race);
                AssertExact(result.GetProperty("counts"), alerts);
                Assert.Equal(alerts, result.GetProperty("latency").GetProperty("samples").GetInt32());
                Assert.Equal(0, result.GetProperty("repeated_commands").GetInt32());
            }
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: run the tests with scripts/test.sh, which starts RabbitMQ and PostgreSQL.");

    /// <summary>Each alert its own incident, with exactly one run, which succeeded; nothing else ran.</summary>
    private static void AssertExact(JsonElement counts, int alerts)
    {
        Assert.True(counts.GetProperty("exact").GetBoolean(), counts.ToString());
        Assert.Equal(alerts, counts.GetProperty("alerts").GetInt32());
        Assert.Equal(alerts, counts.GetProperty("incidents").GetInt32());
        Assert.Equal(alerts, counts.GetProperty("succeeded_runs").GetInt32());
        Assert.Equal(0, counts.GetProperty("other_runs").GetInt32());
    }

    private static async Task<(int ExitCode, string Printed)> RunBenchmarkAsync(params string[] args)
    {
        var dll = Path.Combine(RepoPaths.Root, "bench", "AgentSoar.Benchmarks", "bin", RepoPaths.Configuration, "net10.0", "AgentSoar.Benchmarks.dll");
        Assert.True(File.Exists(dll), $"Build the solution first: {dll} is missing.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The benchmark's smoke run took over 120 s:{Environment.NewLine}{await output}{await error}");
        }

        return (process.ExitCode, await output + await error);
    }
}
