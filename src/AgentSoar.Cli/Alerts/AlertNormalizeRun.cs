using System.Text.Encodings.Web;
using System.Text.Json;
using AgentSoar.Intake;
using AgentSoar.Intake.Errors;
using AgentSoar.Intake.Mappings;

namespace AgentSoar.Cli.Alerts;

/// <summary>Runs <c>agentsoar alerts normalize</c>: reads the file, normalises it, prints the finding or the reason it cannot be.</summary>
internal static class AlertNormalizeRun
{
    // Findings are read by people here: keep non-ASCII text and quotes readable.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string file, AlertFormat format, string? mappingsFolder, TextWriter output, TextWriter error, TimeProvider time)
    {
        MappingCatalog catalog;
        try
        {
            catalog = mappingsFolder is null ? MappingCatalog.Shipped : MappingCatalog.Shipped.WithFolder(mappingsFolder);
        }
        catch (Exception e) when (e is MappingFileException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"mappings: {e.Message}");
            return ExitCodes.CommandFailed;
        }

        var limits = AlertLimits.Default;
        string text;
        try
        {
            // Refuse an oversized file before reading it into memory.
            if (new FileInfo(file).Length > limits.MaxBytes)
            {
                error.WriteLine($"{file}: too large at $: the alert is larger than {limits.MaxBytes} bytes");
                return ExitCodes.CommandFailed;
            }

            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file}: cannot read: {e.Message}");
            return ExitCodes.CommandFailed;
        }

        try
        {
            var result = new AlertNormalizer(catalog, time, limits).Normalize(text, format);
            output.WriteLine(result.Finding.ToJsonString(Indented));
            return ExitCodes.Success;
        }
        catch (AlertNormalizationException e)
        {
            error.WriteLine($"{file}: {e.Error}");
            return ExitCodes.CommandFailed;
        }
    }
}
