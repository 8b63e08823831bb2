namespace AgentSoar.Cacao;

/// <summary>How strictly a CACAO conversion holds the playbook to the standard.</summary>
public enum CacaoMode
{
    /// <summary>
    /// The CACAO side must pass the official JSON schemas, and only agent, target and command types that have a schema
    /// there are accepted.
    /// </summary>
    Strict,

    /// <summary>Unknown agent, target and command types are kept as opaque values and reported as warnings; no schema check.</summary>
    Tolerant,
}
