using System.Globalization;
using Npgsql;

namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of one test's own, made with <c>initdb</c> and run with <c>pg_ctl</c> as the
/// postgres user (as <c>scripts/servers.sh</c> does for the shared one), on a free port and a data
/// folder of its own, so the test may stop and start it while the other assemblies use theirs.
/// Disposing stops it for good, whatever the test's outcome.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromSeconds(90);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agentsoar-postgres-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _bin = LatestBin();
    private bool _initialised;

    private PrivatePostgres()
    {
        Port = FreePort.Next();
    }

    public int Port { get; }

    /// <summary>The maintenance database, as <see cref="DistributedOptions.Postgres"/> takes it.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=agentsoar;Database=postgres";

    private string Data => Path.Combine(_folder, "data");

    private string LogFile => Path.Combine(_folder, "postgres.log");

    public static async Task<PrivatePostgres> StartAsync()
    {
        var postgres = new PrivatePostgres();
        try
        {
            await ServerCommand.MakeFolderAsync(postgres._folder, "postgres");
            await postgres.AsPostgresAsync($"'{postgres._bin}/initdb' -D '{postgres.Data}' -A trust -U agentsoar");
            postgres._initialised = true;
            await postgres.StartAgainAsync();
            return postgres;
        }
        catch
        {
            await postgres.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the cluster (again) and waits until it takes connections.</summary>
    public async Task StartAgainAsync()
    {
        var options = string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k '{_folder}' -c listen_addresses=127.0.0.1 -c fsync=off");
        await AsPostgresAsync($"'{_bin}/pg_ctl' -D '{Data}' -o \"{options}\" -l '{LogFile}' -w -t 60 start");

        // The connections this process pooled before the stop are dead; the next user of the pool
        // (a deployment dropping its database) should not meet them.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
    }

    /// <summary>A clean, fast shutdown (<c>pg_ctl stop -m fast</c>): sessions are ended and new connections refused.</summary>
    public Task StopAsync() => AsPostgresAsync($"'{_bin}/pg_ctl' -D '{Data}' -m fast -w -t 60 stop");

    /// <summary>The tail of the server's log, for failure messages.</summary>
    public string Logs() => $"---- PostgreSQL on 127.0.0.1:{Port} ----{Environment.NewLine}{ServerCommand.Tail(LogFile, 60)}";

    public async ValueTask DisposeAsync()
    {
        if (_initialised && File.Exists(Path.Combine(Data, "postmaster.pid")))
        {
            try
            {
                await AsPostgresAsync($"'{_bin}/pg_ctl' -D '{Data}' -m immediate -w -t 30 stop");
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                // Not running after all; the folder goes either way.
            }
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is the system's to clean.
        }
    }

    private Task AsPostgresAsync(string command) => ServerCommand.RunAsync("su", ["postgres", "-s", "/bin/sh", "-c", command], CommandLimit);

    private static string LatestBin() =>
        Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var version) ? version : 0)
            .LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL is not installed: scripts/servers.sh (servers_install) installs it.");
}
