using System.Globalization;

namespace AgentSoar.Benchmarks.Measuring;

/// <summary>
/// Finds the process listening on a loopback TCP port (the broker's Erlang VM, beam.smp) from /proc:
/// the socket's inode in /proc/net/tcp, then the process holding that socket among /proc/PID/fd.
/// Needs to read other users' fd folders (root, or the same user as the broker); null otherwise.
/// </summary>
internal static class ListeningProcess
{
    private const string Listen = "0A";

    public static int? Find(int port)
    {
        var inode = ListeningInode("/proc/net/tcp", port) ?? ListeningInode("/proc/net/tcp6", port);
        if (inode is null)
        {
            return null;
        }

        var socket = $"socket:[{inode}]";
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                if (Directory.EnumerateFileSystemEntries(Path.Combine(folder, "fd")).Any(fd => new FileInfo(fd).LinkTarget == socket))
                {
                    return pid;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A process that ended meanwhile, or one we may not look into.
            }
        }

        return null;
    }

    private static string? ListeningInode(string table, int port)
    {
        if (!File.Exists(table))
        {
            return null;
        }

        var hexPort = ":" + port.ToString("X4", CultureInfo.InvariantCulture);
        foreach (var line in File.ReadLines(table).Skip(1))
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length > 9 && columns[1].EndsWith(hexPort, StringComparison.Ordinal) && columns[3] == Listen)
            {
                return columns[9];
            }
        }

        return null;
    }
}
