using System.Text;
using AgentSoar.Benchmarks;
using AgentSoar.Benchmarks.Distributed;
using AgentSoar.Benchmarks.Measuring;
using AgentSoar.Benchmarks.Pipeline;
using AgentSoar.Benchmarks.Raw;
using AgentSoar.Benchmarks.Reporting;
using Npgsql;
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
DistributedResult? distributed = null;
BrokerInfo? broker = null;
var startedAt = clock.GetUtcNow();
try
{
    if (options.Raw || options.Distributed)
    {
        if (options.RabbitMq is null)
        {
            throw new ArgumentException("No broker: pass --rabbitmq HOST:PORT or run scripts/bench.sh, which starts one.");
        }

        if (options.Distributed && options.Postgres is null)
        {
            throw new ArgumentException("No PostgreSQL: pass --postgres CONNECTION or run scripts/bench.sh, which starts one.");
        }

        var (host, port) = Endpoints.HostAndPort(options.RabbitMq);
        var factory = new ConnectionFactory { HostName = host, Port = port, UserName = "guest", Password = "guest" };
        var pid = options.BrokerPid ?? ListeningProcess.Find(port);
        broker = new BrokerInfo(options.RabbitMq, await BrokerVersionAsync(factory, cancel.Token), pid, pid is { } p ? ProcStat.Name(p) : null);
        if (options.Raw)
        {
            var baseline = new RawBaseline(factory, pid);
            var settings = new RawSettings(options.Messages, options.RoundTrips);
            foreach (var queueType in new[] { "classic", "quorum" })
            {
                log.WriteLine($"raw {queueType}: {settings.RoundTrips} round trips, then {settings.Messages} messages");
                raw.Add(await baseline.RunAsync(queueType, settings, cancel.Token));
            }
        }
    }

    if (options.AllInOne)
    {
        log.WriteLine("all-in-one: starting the service");
        await using var service = await AllInOneService.StartAsync(RepositoryLayout.Root, RepositoryLayout.Configuration, cancel.Token);
        var settings = new PipelineSettings(options.Alerts, options.LatencyAlerts, WarmUpAlerts: options.Smoke ? 3 : 20);
        pipelines.Add(await new AllInOneBenchmark(service, clock, log).RunAsync(settings, cancel.Token));
    }

    if (options.Distributed)
    {
        log.WriteLine("distributed: starting the four services");
        var settings = new DistributedSettings(options.Alerts, options.LatencyAlerts, options.Smoke ? 3 : 20, options.StormAlerts, options.ContainmentAlerts, options.ApprovalAlerts, DatabaseSettleSeconds: options.Smoke ? 0 : 11);
        using var actuator = new BenchActuator(clock, TimeSpan.FromMilliseconds(settings.ActuatorDelayMs));
        await using var services = await DistributedServices.StartAsync(RepositoryLayout.Root, RepositoryLayout.Configuration, options.RabbitMq!, options.Postgres!, actuator.Url, cancel.Token);
        var counters = BrokerCounters.ForProcess(broker?.Pid, options.RabbitMqNode);
        var postgresPid = ListeningProcess.Find(new NpgsqlConnectionStringBuilder(options.Postgres).Port);
        distributed = await new DistributedBenchmark(services, actuator, broker?.Pid, postgresPid, counters, clock, log).RunAsync(settings, cancel.Token);
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

var report = new BenchReport(2, startedAt, options.Smoke, MachineInfo.Read(), broker, raw, pipelines, distributed, Ratios.Of(raw, distributed));
await ReportWriter.WriteJsonAsync(report, options.Output, cancel.Token);
log.WriteLine();
log.Write(ReportWriter.Table(report));
log.WriteLine($"Written to {options.Output}");
return report.CountsExact ? 0 : 2;

static async Task<string?> BrokerVersionAsync(ConnectionFactory factory, CancellationToken ct)
{
    await using var connection = await factory.CreateConnectionAsync("bench-probe", ct);
    return connection.ServerProperties?.TryGetValue("version", out var version) == true && version is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;
}
