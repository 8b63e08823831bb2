using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentSoar.Benchmarks.Measuring;

/// <summary>
/// The broker's own message counters (RabbitMQ 3.9 and later keep them per node in
/// <c>rabbit_global_counters</c>, without the management plugin), read through
/// <c>rabbitmqctl eval</c>: messages received from publishers, routed to queues, and delivered to
/// consumers, since the node started. The difference of two readings is what happened in between,
/// whoever published it. Needs rabbitmqctl on this machine and the node's name (from the broker
/// process's <c>RABBITMQ_NODENAME</c>, readable as root or as the broker's user).
/// </summary>
internal sealed partial class BrokerCounters(string node)
{
    public string Node { get; } = node;

    /// <summary>The counters of a broker found by its process, or null when its node name cannot be read.</summary>
    public static BrokerCounters? ForProcess(int? brokerPid, string? node)
    {
        if (node is not null)
        {
            return new BrokerCounters(node);
        }

        if (brokerPid is null)
        {
            return null;
        }

        try
        {
            var environment = File.ReadAllText($"/proc/{brokerPid}/environ").Split('\0');
            var name = environment.FirstOrDefault(v => v.StartsWith("RABBITMQ_NODENAME=", StringComparison.Ordinal));
            return name is null ? null : new BrokerCounters(name["RABBITMQ_NODENAME=".Length..]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public async Task<BrokerCount> ReadAsync(CancellationToken ct)
    {
        var info = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-n", Node, "eval", "rabbit_global_counters:overview()." })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("rabbitmqctl did not start.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var text = await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl -n {Node} eval: exit {process.ExitCode}: {text}{await error}");
        }

        // Received and routed are counted once per protocol; deliveries once per queue type (classic, quorum, stream).
        return new BrokerCount(Sum(Received(), text), Sum(Routed(), text), Sum(Delivered(), text));
    }

    private static long Sum(Regex counter, string text)
    {
        var matches = counter.Matches(text);
        return matches.Count == 0
            ? throw new InvalidOperationException($"rabbit_global_counters has no {counter}: {text}")
            : matches.Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\bmessages_received_total => (\d+)")]
    private static partial Regex Received();

    [GeneratedRegex(@"\bmessages_routed_total => (\d+)")]
    private static partial Regex Routed();

    [GeneratedRegex(@"\bmessages_delivered_total => (\d+)")]
    private static partial Regex Delivered();
}

/// <summary>One reading of the broker's counters, or the difference of two.</summary>
internal sealed record BrokerCount(long Published, long Routed, long Delivered)
{
    public static BrokerCount operator -(BrokerCount after, BrokerCount before) =>
        new(after.Published - before.Published, after.Routed - before.Routed, after.Delivered - before.Delivered);
}
