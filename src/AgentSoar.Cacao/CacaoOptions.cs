namespace AgentSoar.Cacao;

/// <summary>How to convert: the mode, and in strict mode the folder of the official CACAO 2.0 JSON schemas.</summary>
public sealed record CacaoOptions(CacaoMode Mode, string? SchemaFolder = null)
{
    public static CacaoOptions Tolerant { get; } = new(CacaoMode.Tolerant);
}
