namespace AgentSoar.Coordinator.Runs;

/// <summary>Another replica (or message) changed the same row first; the work is retried from a fresh read.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
