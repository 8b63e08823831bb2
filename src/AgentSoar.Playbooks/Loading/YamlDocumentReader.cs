using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>Reads the file's one YAML document; syntax errors become diagnostics at YamlDotNet's mark.</summary>
internal static partial class YamlDocumentReader
{
    private const int MaxDepth = 64;

    public static YamlNode? Read(LoadContext context)
    {
        var scanner = new Scanner(new StringReader(context.Source));
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(new Parser(scanner), MaxDepth));
        }
        catch (YamlException e)
        {
            context.Error(context.Locate(e.Start), $"invalid YAML: {WithoutPosition(e.Message)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet throws these on some malformed input; the scanner knows how far it got.
            context.Error(context.Locate(scanner.CurrentPosition), $"invalid YAML: {e.Message}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            context.Error(context.LocateIndex(0), "the file is empty: expected a playbook (apiVersion, kind, metadata, steps)");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            context.Error(stream.Documents[1].RootNode, "one playbook per file: this is a second YAML document");
        }

        return stream.Documents[0].RootNode;
    }

    /// <summary>YamlDotNet's messages start with "(Line: 1, Col: 5, Idx: 4) - (...): "; the diagnostic has its own position.</summary>
    private static string WithoutPosition(string message) => PositionPrefix().Replace(message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
