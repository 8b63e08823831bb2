namespace AgentSoar.Cli.Cacao;

internal enum CacaoDirection
{
    /// <summary>CACAO JSON to an AgentSoar playbook.</summary>
    Import,

    /// <summary>An AgentSoar playbook to CACAO JSON.</summary>
    Export,
}
