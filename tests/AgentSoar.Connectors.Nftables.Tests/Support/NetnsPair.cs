using System.Net;

namespace AgentSoar.Connectors.Nftables.Tests.Support;

/// <summary>
/// Two network namespaces of the test's own joined by a veth pair: <see cref="Host"/> (where nft
/// acts: the firewall, or the host to isolate) at 10.200.0.1 and fd00:a5::1, and <see cref="Peer"/>
/// at 10.200.0.2/.3 and fd00:a5::2/::3. Each has a listener on every address. Deleted at the end.
/// </summary>
public sealed class NetnsPair : IAsyncLifetime
{
    public static readonly IPAddress HostV4 = IPAddress.Parse("10.200.0.1");
    public static readonly IPAddress HostV6 = IPAddress.Parse("fd00:a5::1");
    public static readonly IPAddress PeerV4 = IPAddress.Parse("10.200.0.2");
    public static readonly IPAddress PeerV6 = IPAddress.Parse("fd00:a5::2");
    public static readonly IPAddress ManagementV4 = IPAddress.Parse("10.200.0.3");
    public static readonly IPAddress ManagementV6 = IPAddress.Parse("fd00:a5::3");

    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan BlockedTimeout = TimeSpan.FromMilliseconds(400);

    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> _created = [];
    private Netns.Listener? _hostListener;
    private Netns.Listener? _peerListener;

    public string Host => $"asoar-h-{_id}";

    public string Peer => $"asoar-p-{_id}";

    public async Task InitializeAsync()
    {
        var hostLink = $"ash{_id[..6]}";
        var peerLink = $"asp{_id[..6]}";
        foreach (var ns in new[] { Host, Peer })
        {
            await Processes.RunAsync("ip", "netns", "add", ns);
            _created.Add(ns);
            await Processes.RunAsync("ip", "-n", ns, "link", "set", "lo", "up");
        }

        await Processes.RunAsync("ip", "link", "add", hostLink, "netns", Host, "type", "veth", "peer", "name", peerLink, "netns", Peer);
        await Processes.RunAsync("ip", "-n", Host, "addr", "add", "10.200.0.1/24", "dev", hostLink);
        await Processes.RunAsync("ip", "-n", Host, "addr", "add", "fd00:a5::1/64", "dev", hostLink, "nodad");
        foreach (var address in new[] { "10.200.0.2/24", "10.200.0.3/24" })
        {
            await Processes.RunAsync("ip", "-n", Peer, "addr", "add", address, "dev", peerLink);
        }

        foreach (var address in new[] { "fd00:a5::2/64", "fd00:a5::3/64" })
        {
            await Processes.RunAsync("ip", "-n", Peer, "addr", "add", address, "dev", peerLink, "nodad");
        }

        await Processes.RunAsync("ip", "-n", Host, "link", "set", hostLink, "up");
        await Processes.RunAsync("ip", "-n", Peer, "link", "set", peerLink, "up");
        _hostListener = Netns.Listen(Host);
        _peerListener = Netns.Listen(Peer);
    }

    public async Task DisposeAsync()
    {
        _hostListener?.Dispose();
        _peerListener?.Dispose();
        foreach (var ns in _created)
        {
            await Processes.RunAsync("ip", "netns", "del", ns);
        }
    }

    /// <summary>Whether the host can open a connection to <paramref name="peerAddress"/>.</summary>
    public Task<bool> HostReachesAsync(IPAddress peerAddress, bool expectOpen) =>
        Netns.ConnectsAsync(Host, peerAddress, _peerListener!.Port, expectOpen ? OpenTimeout : BlockedTimeout);

    /// <summary>Whether the peer, from <paramref name="peerSource"/>, can open a connection to <paramref name="hostAddress"/>.</summary>
    public Task<bool> PeerReachesAsync(IPAddress peerSource, IPAddress hostAddress, bool expectOpen) =>
        Netns.ConnectsAsync(Peer, hostAddress, _hostListener!.Port, expectOpen ? OpenTimeout : BlockedTimeout, peerSource);

    /// <summary>Whether the host reaches its own listener over loopback.</summary>
    public Task<bool> HostReachesLoopbackAsync() =>
        Netns.ConnectsAsync(Host, IPAddress.Loopback, _hostListener!.Port, OpenTimeout);

    /// <summary>Lists the host namespace's nftables ruleset (for assertion messages and table checks).</summary>
    public Task<string> HostRulesetAsync() => Processes.RunAsync("ip", "netns", "exec", Host, "nft", "list", "ruleset");
}
