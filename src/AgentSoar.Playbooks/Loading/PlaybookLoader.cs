using System.Security.Cryptography;
using System.Text;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Loading;

public static class PlaybookLoader
{
    /// <summary>Parses and validates one YAML playbook. Never throws for bad content: problems are diagnostics.</summary>
    /// <remarks>
    /// Every problem found is reported, in file order; the playbook is returned only when there are none.
    /// With <paramref name="actions"/>, unknown connectors and actions and undeclared <c>with</c> inputs are errors too.
    /// </remarks>
    public static PlaybookLoadResult LoadText(string yaml, string fileName, IActionCatalog? actions = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var context = new LoadContext(fileName, yaml, actions);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));
        var root = YamlDocumentReader.Read(context);
        var playbook = root is null ? null : PlaybookReader.Read(context, root, hash);
        return new PlaybookLoadResult(context.HasErrors || playbook is null ? null : playbook with { SourceText = yaml }, context.Diagnostics);
    }

    /// <summary>The largest playbook file read: far above any real playbook, far below what could hurt.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads and loads one file. A file over <see cref="MaxFileBytes"/> or not valid UTF-8 is refused with a
    /// diagnostic before it is parsed: replacing bad bytes silently would validate something other than the file.
    /// </summary>
    public static PlaybookLoadResult LoadFile(string path, IActionCatalog? actions = null)
    {
        var (text, refusal) = ReadFile(path);
        return text is null ? new PlaybookLoadResult(null, [refusal!]) : LoadText(text, path, actions);
    }

    /// <summary>
    /// Reads a playbook or playbook-test file as text: at most <see cref="MaxFileBytes"/>, strict UTF-8, without a
    /// byte-order mark. Otherwise the text is null and the diagnostic says why.
    /// </summary>
    public static (string? Text, PlaybookDiagnostic? Refusal) ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var size = new FileInfo(path).Length;
        if (size > MaxFileBytes)
        {
            return (null, Refused(path, $"the file is {size} bytes; a playbook or test file may be at most {MaxFileBytes} bytes"));
        }

        try
        {
            var text = StrictUtf8.GetString(File.ReadAllBytes(path));
            return (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, Refused(path, $"the file is not valid UTF-8 (at byte {e.Index}); save it as UTF-8"));
        }
    }

    private static PlaybookDiagnostic Refused(string path, string message) => new(new SourceLocation(path, 1, 1), message);
}
