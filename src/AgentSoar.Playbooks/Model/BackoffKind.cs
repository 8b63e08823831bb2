namespace AgentSoar.Playbooks.Model;

public enum BackoffKind
{
    Constant,
    Linear,
    Exponential,
}
