using System.ComponentModel;
using System.Diagnostics;

namespace AgentSoar.Connectors.Nftables;

/// <summary>Starts the process with an argument list, no shell, and collects its output.</summary>
internal sealed class ProcessNftRunner : INftRunner
{
    public static readonly ProcessNftRunner Instance = new();

    public async Task<NftResult> RunAsync(NftInvocation invocation, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(invocation.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in invocation.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LC_ALL"] = "C";

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            return new NftResult(-1, "", $"could not start {invocation.FileName}: {ex.Message}", Started: false);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
            return new NftResult(process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended on its own meanwhile.
            }

            throw;
        }
    }
}
