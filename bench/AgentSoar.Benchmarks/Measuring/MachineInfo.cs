using System.Globalization;
using System.Runtime.InteropServices;

namespace AgentSoar.Benchmarks.Measuring;

/// <summary>The machine the figures come from: absolute numbers only mean something next to it.</summary>
internal sealed record MachineInfo(int Cores, string CpuModel, long MemoryBytes, string Os, string Runtime)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        CpuInfo("model name") ?? CpuInfo("Model") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        MemTotalBytes(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    private static string? CpuInfo(string key)
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo")
                .Where(l => l.StartsWith(key, StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
                .FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long MemTotalBytes()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
