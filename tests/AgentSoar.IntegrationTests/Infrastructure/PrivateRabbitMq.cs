using System.Collections.Concurrent;
using System.Diagnostics;

namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>
/// A RabbitMQ node of one test's own, from Debian's package (as <c>scripts/servers.sh</c> starts the
/// shared one): its own node name, data folder and free ports, so the test may stop it while the
/// other test assemblies keep using theirs. Stopping it stops the whole node, as a service stop
/// does; starting it again boots the same node on the same data folder, so durable queues and
/// persistent messages come back. Disposing stops it for good, whatever the test's outcome.
/// </summary>
public sealed class PrivateRabbitMq : IAsyncDisposable
{
    private static readonly TimeSpan BootLimit = TimeSpan.FromSeconds(90);

    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agentsoar-rabbitmq-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly int _distributionPort = FreePort.Next();
    private Process? _server;

    private PrivateRabbitMq()
    {
        Port = FreePort.Next();
        Node = $"agentsoarfault{Guid.NewGuid().ToString("N")[..8]}@localhost";
    }

    public int Port { get; }

    /// <summary>The Erlang node name, for <c>rabbitmqctl -n</c>.</summary>
    public string Node { get; }

    /// <summary><c>host:port</c>, as <see cref="DistributedOptions.RabbitMq"/> takes it.</summary>
    public string Address => $"127.0.0.1:{Port}";

    public static async Task<PrivateRabbitMq> StartAsync()
    {
        var rabbit = new PrivateRabbitMq();
        try
        {
            await ServerCommand.MakeFolderAsync(rabbit._folder, "rabbitmq");
            await rabbit.StartAgainAsync();
            return rabbit;
        }
        catch
        {
            await rabbit.DisposeAsync();
            throw;
        }
    }

    /// <summary>Boots the node (again, on the same data folder) and waits until it takes AMQP connections.</summary>
    public async Task StartAgainAsync()
    {
        var info = new ProcessStartInfo("setsid") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("rabbitmq-server");
        info.Environment["RABBITMQ_NODENAME"] = Node;
        info.Environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        info.Environment["RABBITMQ_NODE_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(_folder, "mnesia");
        info.Environment["RABBITMQ_LOG_BASE"] = Path.Combine(_folder, "log");
        info.Environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_folder, "enabled_plugins");
        info.Environment["RABBITMQ_PID_FILE"] = PidFile;
        var server = new Process { StartInfo = info };
        server.OutputDataReceived += (_, e) => Keep(e.Data);
        server.ErrorDataReceived += (_, e) => Keep(e.Data);
        server.Start();
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        _server = server;
        if (!await ServerCommand.WaitForPortAsync(Port, open: true, BootLimit))
        {
            throw new InvalidOperationException($"RabbitMQ node {Node} did not take connections within {BootLimit.TotalSeconds:0}s.{Environment.NewLine}{Logs()}");
        }
    }

    /// <summary>Stops the whole node gracefully (<c>rabbitmqctl shutdown</c>): every connection is closed and the port refuses new ones.</summary>
    public async Task StopAsync()
    {
        await ServerCommand.RunAsync("rabbitmqctl", ["-n", Node, "shutdown"], TimeSpan.FromSeconds(60));
        if (_server is { } server)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await server.WaitForExitAsync(limit.Token);
            server.Dispose();
            _server = null;
        }

        if (!await ServerCommand.WaitForPortAsync(Port, open: false, TimeSpan.FromSeconds(10)))
        {
            throw new InvalidOperationException($"RabbitMQ node {Node} was shut down but port {Port} still takes connections.{Environment.NewLine}{Logs()}");
        }
    }

    /// <summary>What the node printed and the tail of its log, for failure messages.</summary>
    public string Logs() =>
        $"---- RabbitMQ {Node} on {Address} ----{Environment.NewLine}{string.Join(Environment.NewLine, _output.TakeLast(40))}{Environment.NewLine}" +
        $"---- its log ----{Environment.NewLine}{ServerCommand.Tail(Path.Combine(_folder, "log", Node + ".log"), 60)}";

    public async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            try
            {
                await ServerCommand.RunAsync("rabbitmqctl", ["-n", Node, "shutdown"], TimeSpan.FromSeconds(30));
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                // Killed below.
            }
        }

        Kill();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process: the temp folder is the system's to clean.
        }
    }

    private string PidFile => Path.Combine(_folder, "rabbit.pid");

    /// <summary>The wrapper's process tree and the Erlang VM by the pid it wrote: nothing of the node outlives the test.</summary>
    private void Kill()
    {
        if (_server is { } server)
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                server.WaitForExit(10_000);
            }

            server.Dispose();
            _server = null;
        }

        try
        {
            if (File.Exists(PidFile) && int.TryParse(File.ReadAllText(PidFile).Trim(), out var pid))
            {
                using var beam = Process.GetProcessById(pid);
                if (beam.ProcessName.StartsWith("beam", StringComparison.Ordinal))
                {
                    beam.Kill();
                }
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException)
        {
            // Already gone.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }
}
