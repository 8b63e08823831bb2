using System.Diagnostics;

namespace AgentSoar.Connectors.Ldap.Tests.TestSupport;

/// <summary>The OpenLDAP command-line tools, to seed the server and to check what the connector did without it.</summary>
public static class LdapTools
{
    public static async Task<(int ExitCode, string Output)> TryRunAsync(string tool, IEnumerable<string> arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    public static async Task<string> RunAsync(string tool, IEnumerable<string> arguments)
    {
        var (exitCode, output) = await TryRunAsync(tool, arguments);
        return exitCode == 0 ? output : throw new InvalidOperationException($"{tool} failed ({exitCode}): {output}");
    }

    /// <summary>The values of one attribute of one entry, read as the administrator with ldapsearch (operational attributes too).</summary>
    public static async Task<IReadOnlyList<string>> ValuesAsync(SlapdServer server, string dn, string attribute)
    {
        var output = await RunAsync("ldapsearch", ["-x", "-LLL", "-o", "ldif-wrap=no", "-H", server.Uri, "-D", SlapdServer.AdminDn, "-w", SlapdServer.AdminPassword, "-b", dn, "-s", "base", "(objectClass=*)", attribute]);
        var prefix = attribute + ":";
        return [.. output.Split('\n')
            .Where(line => line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(line => line[prefix.Length..].TrimStart(':', ' '))];
    }

    /// <summary>Whether a simple bind with this DN and password succeeds (ldapwhoami).</summary>
    public static async Task<bool> CanBindAsync(SlapdServer server, string dn, string password) =>
        (await TryRunAsync("ldapwhoami", ["-x", "-H", server.Uri, "-D", dn, "-w", password])).ExitCode == 0;

    /// <summary>Applies an LDIF change as the administrator.</summary>
    public static async Task ModifyAsync(SlapdServer server, string ldif)
    {
        var file = Path.Combine(server.Folder, $"change-{Guid.NewGuid():N}.ldif");
        await File.WriteAllTextAsync(file, ldif);
        await RunAsync("ldapmodify", ["-x", "-H", server.Uri, "-D", SlapdServer.AdminDn, "-w", SlapdServer.AdminPassword, "-f", file]);
    }
}
