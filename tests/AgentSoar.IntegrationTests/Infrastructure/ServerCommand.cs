using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>The shell work of the private servers: run a command to its end, read a log's tail, watch a port.</summary>
internal static class ServerCommand
{
    /// <summary>Runs <paramref name="file"/> to its end; a non-zero exit or the timeout throws with what it printed.</summary>
    public static async Task<string> RunAsync(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', info.ArgumentList)} did not finish within {timeout.TotalSeconds:0}s:{Environment.NewLine}{Text(output)}");
        }

        return process.ExitCode == 0
            ? Text(output)
            : throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}:{Environment.NewLine}{Text(output)}");
    }

    /// <summary>A new folder the server's own user owns and everyone may pass through (the servers run as their own users).</summary>
    public static async Task MakeFolderAsync(string folder, string owner)
    {
        Directory.CreateDirectory(folder);
        await RunAsync("chmod", ["755", folder], TimeSpan.FromSeconds(10));
        await RunAsync("chown", [$"{owner}:{owner}", folder], TimeSpan.FromSeconds(10));
    }

    /// <summary>The last <paramref name="lines"/> lines of a log file, or a note that there is none yet.</summary>
    public static string Tail(string path, int lines)
    {
        try
        {
            return string.Join(Environment.NewLine, File.ReadLines(path).TakeLast(lines));
        }
        catch (IOException ex)
        {
            return $"({path}: {ex.Message})";
        }
        catch (UnauthorizedAccessException ex)
        {
            return $"({path}: {ex.Message})";
        }
    }

    /// <summary>Waits until 127.0.0.1:<paramref name="port"/> accepts connections (or, with <paramref name="open"/> false, refuses them).</summary>
    public static async Task<bool> WaitForPortAsync(int port, bool open, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await AcceptsAsync(port) == open)
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync("127.0.0.1", port, limit.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
