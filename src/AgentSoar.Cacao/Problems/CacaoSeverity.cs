namespace AgentSoar.Cacao.Problems;

public enum CacaoSeverity
{
    /// <summary>The conversion cannot be trusted: nothing is written.</summary>
    Error,

    /// <summary>Something was kept as it was or left out; the result is written, and the warning says what.</summary>
    Warning,
}
