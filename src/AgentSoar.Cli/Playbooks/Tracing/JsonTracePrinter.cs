using System.Text.Encodings.Web;
using System.Text.Json;
using AgentSoar.Engine;

namespace AgentSoar.Cli.Playbooks.Tracing;

/// <summary>
/// Writes a <see cref="RunTrace"/> as one JSON document: snake_case names as the engine's own JSON,
/// absent values left out, <c>trace_version</c> first so a reader can tell what it is reading.
/// </summary>
internal static class JsonTracePrinter
{
    private static readonly JsonSerializerOptions Options = new(EngineJson.Options)
    {
        WriteIndented = true,

        // A trace is read by people as often as by programs: keep '<', '>' and '&' in expressions readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(RunTrace trace, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Serialize(trace));
    }

    public static string Serialize(RunTrace trace) => JsonSerializer.Serialize(trace, Options);
}
