using System.Globalization;
using AgentSoar.Benchmarks.Pipeline;

namespace AgentSoar.Benchmarks;

/// <summary>The command line: sizes (the smoke sizes with <c>--smoke</c>), where the broker is, where the JSON goes.</summary>
internal sealed record BenchOptions(
    bool Smoke,
    string Output,
    string? RabbitMq,
    int? BrokerPid,
    int Messages,
    int RoundTrips,
    int Alerts,
    int LatencyAlerts,
    bool Raw,
    bool Pipeline)
{
    public const string Usage = """
        usage: AgentSoar.Benchmarks [--smoke] [--out FILE] [--rabbitmq HOST:PORT] [--broker-pid PID]
                                    [--messages N] [--round-trips N] [--alerts N] [--latency-alerts N]
                                    [--only raw|pipeline]
          --smoke          tiny counts: checks the benchmark completes and its counts are exact
          --out            the JSON file (default bench/results/latest.json under the repository)
          --rabbitmq       the broker (default: $AGENTSOAR_TEST_RABBITMQ, as scripts/servers.sh exports it)
          --broker-pid     the broker's process, for its CPU (default: the process listening on its port)
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args, string repositoryRoot)
    {
        var smoke = args.Contains("--smoke");
        var options = new BenchOptions(
            smoke,
            Path.Combine(repositoryRoot, "bench", "results", "latest.json"),
            Environment.GetEnvironmentVariable("AGENTSOAR_TEST_RABBITMQ") is { Length: > 0 } r ? r : null,
            null,
            smoke ? 50 : 20_000,
            smoke ? 20 : 1_000,
            smoke ? 20 : 400,
            smoke ? 10 : 100,
            Raw: true,
            Pipeline: true);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--smoke")
            {
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value.{Environment.NewLine}{Usage}");
            }

            var value = args[++i];
            options = name switch
            {
                "--out" => options with { Output = Path.GetFullPath(value) },
                "--rabbitmq" => options with { RabbitMq = value },
                "--broker-pid" => options with { BrokerPid = Number(name, value) },
                "--messages" => options with { Messages = Number(name, value) },
                "--round-trips" => options with { RoundTrips = Number(name, value) },
                "--alerts" => options with { Alerts = Number(name, value) },
                "--latency-alerts" => options with { LatencyAlerts = Number(name, value) },
                "--only" when value is "raw" or "pipeline" => options with { Raw = value == "raw", Pipeline = value == "pipeline" },
                _ => throw new ArgumentException($"Unknown option {name} {value}.{Environment.NewLine}{Usage}"),
            };
        }

        if (options.Alerts > PipelineSettings.MaxAlertsPerPhase || options.LatencyAlerts > PipelineSettings.MaxAlertsPerPhase)
        {
            throw new ArgumentException($"--alerts and --latency-alerts take at most {PipelineSettings.MaxAlertsPerPhase}: completed runs are counted through GET /runs, which lists at most that many.");
        }

        return options;
    }

    private static int Number(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} takes a positive whole number, not '{value}'.");
}
