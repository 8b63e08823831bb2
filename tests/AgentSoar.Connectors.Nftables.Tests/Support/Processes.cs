using System.Diagnostics;

namespace AgentSoar.Connectors.Nftables.Tests.Support;

/// <summary>Runs the setup commands of the tests (ip), with argument lists, failing loudly with the exact command and its error.</summary>
internal static class Processes
{
    public static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{program} {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: {(await error).Trim()}");
        }

        return await output;
    }
}
