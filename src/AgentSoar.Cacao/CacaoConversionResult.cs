using AgentSoar.Cacao.Problems;

namespace AgentSoar.Cacao;

/// <summary>What a conversion produced: the text (null when there were errors) and every problem found.</summary>
public sealed record CacaoConversionResult(string? Text, IReadOnlyList<CacaoProblem> Problems)
{
    public bool Succeeded => Text is not null && !Problems.Any(p => p.IsError);
}
