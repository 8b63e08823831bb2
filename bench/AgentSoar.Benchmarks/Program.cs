using System.Globalization;
using System.Text;
using AgentSoar.Benchmarks;
using AgentSoar.Benchmarks.Measuring;
using AgentSoar.Benchmarks.Pipeline;
using AgentSoar.Benchmarks.Raw;
using AgentSoar.Benchmarks.Reporting;
using RabbitMQ.Client;

// The benchmark of issue 7 (docs/performance.md). Exit code: 0 when every count is exact, 2 when
// some count is not, 1 when the run could not complete.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

if (args.Contains("--help"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args, RepositoryLayout.Root);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

var clock = TimeProvider.System;
var log = Console.Out;
var raw = new List<RawResult>();
var pipelines = new List<PipelineResult>();
BrokerInfo? broker = null;
var startedAt = clock.GetUtcNow();
try
{
    if (options.Raw)
    {
        if (options.RabbitMq is null)
        {
            throw new ArgumentException("No broker: pass --rabbitmq HOST:PORT or run scripts/bench.sh, which starts one.");
        }

        var (host, port) = HostAndPort(options.RabbitMq);
        var factory = new ConnectionFactory { HostName = host, Port = port, UserName = "guest", Password = "guest" };
        var pid = options.BrokerPid ?? ListeningProcess.Find(port);
        broker = new BrokerInfo(options.RabbitMq, await BrokerVersionAsync(factory, cancel.Token), pid, pid is { } p ? ProcStat.Name(p) : null);
        var baseline = new RawBaseline(factory, pid);
        var settings = new RawSettings(options.Messages, options.RoundTrips);
        foreach (var queueType in new[] { "classic", "quorum" })
        {
            log.WriteLine($"raw {queueType}: {settings.RoundTrips} round trips, then {settings.Messages} messages");
            raw.Add(await baseline.RunAsync(queueType, settings, cancel.Token));
        }
    }

    if (options.Pipeline)
    {
        log.WriteLine("all-in-one: starting the service");
        await using var service = await AllInOneService.StartAsync(RepositoryLayout.Root, RepositoryLayout.Configuration, cancel.Token);
        var settings = new PipelineSettings(options.Alerts, options.LatencyAlerts, WarmUpAlerts: options.Smoke ? 3 : 20);
        pipelines.Add(await new AllInOneBenchmark(service, clock, log).RunAsync(settings, cancel.Token));
    }
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}
catch (Exception ex) when (ex is not OutOfMemoryException)
{
    await Console.Error.WriteLineAsync($"The benchmark did not complete: {ex}");
    return 1;
}

var report = new BenchReport(1, startedAt, options.Smoke, MachineInfo.Read(), broker, raw, pipelines);
await ReportWriter.WriteJsonAsync(report, options.Output, cancel.Token);
log.WriteLine();
log.Write(ReportWriter.Table(report));
log.WriteLine($"Written to {options.Output}");
return report.CountsExact ? 0 : 2;

static (string Host, int Port) HostAndPort(string endpoint)
{
    var colon = endpoint.LastIndexOf(':');
    return colon > 0 && int.TryParse(endpoint[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
        ? (endpoint[..colon], port)
        : throw new ArgumentException($"--rabbitmq takes HOST:PORT, not '{endpoint}'.");
}

static async Task<string?> BrokerVersionAsync(ConnectionFactory factory, CancellationToken ct)
{
    await using var connection = await factory.CreateConnectionAsync("bench-probe", ct);
    return connection.ServerProperties?.TryGetValue("version", out var version) == true && version is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;
}
