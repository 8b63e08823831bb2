namespace AgentSoar.Playbooks.Model;

public sealed record RetrySpec(int Attempts, TimeSpan Delay, BackoffKind Backoff);
