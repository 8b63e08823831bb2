using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Cli.Playbooks.Running;

/// <summary>
/// Reads the alert a simulation starts from: a JSON object (an OCSF finding) in a UTF-8 file of at most
/// 1 MiB, the same bound the API puts on an alert. Every way it can be wrong gets its own message.
/// </summary>
internal static class AlertFile
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (JsonObject? Alert, string? Error) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return Refused(path, "is a folder; give the alert's JSON file");
        }

        if (!File.Exists(path))
        {
            return Refused(path, "no such file");
        }

        byte[] bytes;
        try
        {
            bytes = ReadAtMost(path, MaxBytes + 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refused(path, $"cannot read the file: {ex.Message}");
        }

        if (bytes.Length > MaxBytes)
        {
            return Refused(path, $"the file is over {MaxBytes} bytes (1 MiB); an alert may be at most that, as the API accepts");
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            return Refused(path, $"not valid UTF-8 text (a bad byte near offset {start + Math.Max(0, ex.Index)}); save the alert as UTF-8 JSON");
        }

        return Parse(path, text);
    }

    private static (JsonObject?, string?) Parse(string path, string text)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            // The parser counts from 0; editors count lines and columns from 1.
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            var message = ex.Message;
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal) is var at and >= 0 ? at : message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
            return Refused(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}"), $"not valid JSON: {message}");
        }

        return node is JsonObject alert
            ? (alert, null)
            : Refused(path, $"the alert must be a JSON object (an OCSF finding), not {(node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant())}");
    }

    private static byte[] ReadAtMost(string path, int limit)
    {
        // Bounded, so a huge file (or a device) is refused without being read whole.
        using var stream = File.OpenRead(path);
        var buffer = new byte[limit];
        var read = 0;
        while (read < limit && stream.Read(buffer, read, limit - read) is var n and > 0)
        {
            read += n;
        }

        return buffer[..read];
    }

    private static (JsonObject?, string?) Refused(string where, string message) => (null, $"{where}: error: {message}");
}
