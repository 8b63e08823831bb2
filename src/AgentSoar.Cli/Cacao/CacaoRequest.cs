using AgentSoar.Cacao;

namespace AgentSoar.Cli.Cacao;

/// <summary>What one <c>agentsoar cacao import|export</c> was asked to do.</summary>
internal sealed record CacaoRequest(CacaoDirection Direction, string File, string? Output, CacaoMode Mode, string? SchemaFolder);
