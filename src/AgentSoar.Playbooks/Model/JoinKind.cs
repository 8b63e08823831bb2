namespace AgentSoar.Playbooks.Model;

/// <summary>When a parallel step is done: when all its branches are, or when any one is.</summary>
public enum JoinKind
{
    All,
    Any,
}
