using System.ComponentModel;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AgentSoar.Connectors.Nftables.Tests.Support;

/// <summary>
/// Sockets in a named network namespace, created from this test process: a dedicated thread enters
/// the namespace (setns), creates the socket and goes back. A socket belongs for good to the
/// namespace it was created in, so it can then be used from any thread. No ping, nc or other tool needed.
/// </summary>
internal static partial class Netns
{
    private const int CloneNewNet = 0x40000000;

    /// <summary>A TCP listener on every address of <paramref name="ns"/> (IPv4 and IPv6) that accepts and closes connections.</summary>
    public static Listener Listen(string ns)
    {
        var socket = Create(ns, AddressFamily.InterNetworkV6);
        socket.DualMode = true;
        socket.Bind(new IPEndPoint(IPAddress.IPv6Any, 0));
        socket.Listen(64);
        return new Listener(socket);
    }

    /// <summary>Whether a TCP connection from <paramref name="ns"/> (from <paramref name="source"/> if given) to the endpoint opens within <paramref name="timeout"/>.</summary>
    public static async Task<bool> ConnectsAsync(string ns, IPAddress destination, int port, TimeSpan timeout, IPAddress? source = null)
    {
        using var socket = Create(ns, destination.AddressFamily);
        if (source is not null)
        {
            socket.Bind(new IPEndPoint(source, 0));
        }

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(destination, port), cancel.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static Socket Create(string ns, AddressFamily family)
    {
        Socket? socket = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                using var own = File.OpenHandle("/proc/thread-self/ns/net");
                using var target = File.OpenHandle($"/run/netns/{ns}");
                Enter(target);
                try
                {
                    socket = new Socket(family, SocketType.Stream, ProtocolType.Tcp);
                }
                finally
                {
                    Enter(own);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Win32Exception or SocketException)
            {
                error = ex;
            }
        });
        thread.Start();
        thread.Join();
        return socket ?? throw new InvalidOperationException($"Could not create a socket in network namespace '{ns}'.", error);
    }

    private static void Enter(SafeFileHandle handle)
    {
        if (SetNs((int)handle.DangerousGetHandle(), CloneNewNet) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), "setns failed");
        }
    }

    [LibraryImport("libc", EntryPoint = "setns", SetLastError = true)]
    private static partial int SetNs(int fd, int nstype);

    /// <summary>A listening socket and its accept loop.</summary>
    public sealed class Listener : IDisposable
    {
        private readonly Socket _socket;
        private readonly CancellationTokenSource _stop = new();

        public Listener(Socket socket)
        {
            _socket = socket;
            Port = ((IPEndPoint)socket.LocalEndPoint!).Port;
            _ = AcceptAsync();
        }

        public int Port { get; }

        public void Dispose()
        {
            _stop.Cancel();
            _socket.Dispose();
            _stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    using var connection = await _socket.AcceptAsync(_stop.Token);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Stopped.
            }
        }
    }
}
