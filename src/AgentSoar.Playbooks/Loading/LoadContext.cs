using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>One load: the file's text, where things are in it, and the diagnostics found so far.</summary>
internal sealed class LoadContext(string file, string source, IActionCatalog? actions)
{
    /// <summary>
    /// How many YAML nodes the readers may visit. Aliases share nodes, so a small file can stand for an exponential
    /// tree (the "billion laughs"); the budget stops the walk long before memory runs out.
    /// </summary>
    private const int NodeBudget = 100_000;

    /// <summary>Past this many, more diagnostics add nothing a reader can act on, only memory.</summary>
    private const int MaxDiagnostics = 500;

    private readonly List<PlaybookDiagnostic> _diagnostics = [];
    private readonly LineIndex _lines = new(source);
    private int _nodesLeft = NodeBudget;

    public string File { get; } = file;

    public string Source { get; } = source;

    public IActionCatalog? Actions { get; } = actions;

    public ExpressionLimits Limits => ExpressionLimits.Default;

    public bool HasErrors => _diagnostics.Count > 0;

    /// <summary>True once the node budget is spent: what was read is incomplete, so checking it further is wasted work.</summary>
    public bool Exhausted => _nodesLeft <= 0;

    /// <summary>The diagnostics in file order (several readers add them, each in its own order).</summary>
    public IReadOnlyList<PlaybookDiagnostic> Diagnostics =>
        _diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();

    public SourceLocation Locate(YamlNode node) => Locate(node.Start);

    public SourceLocation Locate(Mark mark) => new(File, (int)mark.Line, (int)mark.Column);

    public SourceLocation LocateIndex(int index)
    {
        var (line, column) = _lines.Locate(index);
        return new SourceLocation(File, line, column);
    }

    public void Error(SourceLocation at, string message)
    {
        if (_diagnostics.Count < MaxDiagnostics)
        {
            _diagnostics.Add(new PlaybookDiagnostic(at, message));
        }
        else if (_diagnostics.Count == MaxDiagnostics)
        {
            _diagnostics.Add(new PlaybookDiagnostic(at, $"more than {MaxDiagnostics} problems; the rest are not reported"));
        }
    }

    public void Error(YamlNode node, string message) => Error(Locate(node), message);

    /// <summary>Counts a visited node; false (reported once) when the budget is spent.</summary>
    public bool Visit(YamlNode node)
    {
        if (--_nodesLeft == 0)
        {
            Error(node, $"the document expands to more than {NodeBudget} values (too many aliases?)");
        }

        return _nodesLeft > 0;
    }
}
