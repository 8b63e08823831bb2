namespace AgentSoar.Cacao.Problems;

/// <summary>Collects the problems of one conversion, all in one file.</summary>
internal sealed class ProblemList(string file)
{
    private readonly List<CacaoProblem> _items = [];

    public string File { get; } = file;

    public IReadOnlyList<CacaoProblem> Items => _items;

    public bool HasErrors => _items.Exists(p => p.IsError);

    /// <summary>An error; the CACAO step is the one <paramref name="location"/> points into, unless given.</summary>
    public void Error(string location, string message, string? step = null) =>
        _items.Add(new CacaoProblem(File, location, CacaoSeverity.Error, message, step ?? CacaoProblem.StepIn(location)));

    /// <summary>A warning; the CACAO step is the one <paramref name="location"/> points into, unless given.</summary>
    public void Warning(string location, string message, string? step = null) =>
        _items.Add(new CacaoProblem(File, location, CacaoSeverity.Warning, message, step ?? CacaoProblem.StepIn(location)));

    /// <summary>An error in strict mode, a warning in tolerant mode: for things tolerant mode keeps as they are.</summary>
    public void ByMode(CacaoMode mode, string location, string message, string? step = null)
    {
        if (mode == CacaoMode.Strict)
        {
            Error(location, message, step);
        }
        else
        {
            Warning(location, message, step);
        }
    }

    public void AddRange(IEnumerable<CacaoProblem> problems) => _items.AddRange(problems);
}
