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
    string? Postgres,
    string? RabbitMqNode,
    int StormAlerts,
    int ContainmentAlerts,
    int ApprovalAlerts,
    bool Raw,
    bool AllInOne,
    bool Distributed)
{
    public const string Usage = """
        usage: AgentSoar.Benchmarks [--smoke] [--out FILE] [--rabbitmq HOST:PORT] [--broker-pid PID]
                                    [--messages N] [--round-trips N] [--alerts N] [--latency-alerts N]
                                    [--postgres CONNECTION] [--rabbitmq-node NODE] [--storm-alerts N]
                                    [--containment-alerts N] [--approval-alerts N]
                                    [--only raw|pipeline|all-in-one|distributed]
          --smoke          tiny counts: checks the benchmark completes and its counts are exact
          --out            the JSON file (default bench/results/latest.json under the repository)
          --rabbitmq       the broker (default: $AGENTSOAR_TEST_RABBITMQ, as scripts/servers.sh exports it)
          --broker-pid     the broker's process, for its CPU (default: the process listening on its port)
          --postgres       the PostgreSQL server the distributed mode gets a fresh database on
                           (default: $AGENTSOAR_TEST_POSTGRES, as scripts/servers.sh exports it)
          --rabbitmq-node  the broker's node name, for its message counters (H) through rabbitmqctl
                           (default: RABBITMQ_NODENAME of the broker's process)
          --only           one part: the raw baseline, both pipelines, or one of them
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
            Environment.GetEnvironmentVariable("AGENTSOAR_TEST_POSTGRES") is { Length: > 0 } p ? p : null,
            null,
            smoke ? 30 : 10_000,
            smoke ? 3 : 50,
            smoke ? 3 : 30,
            Raw: true,
            AllInOne: true,
            Distributed: true);
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
                "--postgres" => options with { Postgres = value },
                "--rabbitmq-node" => options with { RabbitMqNode = value },
                "--storm-alerts" => options with { StormAlerts = Number(name, value) },
                "--containment-alerts" => options with { ContainmentAlerts = Number(name, value) },
                "--approval-alerts" => options with { ApprovalAlerts = Number(name, value) },
                "--only" when value is "raw" or "pipeline" or "all-in-one" or "distributed" => options with
                {
                    Raw = value == "raw",
                    AllInOne = value is "pipeline" or "all-in-one",
                    Distributed = value is "pipeline" or "distributed",
                },
                _ => throw new ArgumentException($"Unknown option {name} {value}.{Environment.NewLine}{Usage}"),
            };
        }

        if (options.StormAlerts > 65_536)
        {
            throw new ArgumentException("--storm-alerts takes at most 65536: each alert needs an address of its own in 10.13.0.0/16.");
        }

        if (options.Alerts > PipelineSettings.MaxAlertsPerPhase || options.LatencyAlerts > PipelineSettings.MaxAlertsPerPhase)
        {
            throw new ArgumentException($"--alerts and --latency-alerts take at most {PipelineSettings.MaxAlertsPerPhase}: the all-in-one mode's completed runs are counted through GET /runs, which lists at most that many.");
        }

        return options;
    }

    private static int Number(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} takes a positive whole number, not '{value}'.");
}
