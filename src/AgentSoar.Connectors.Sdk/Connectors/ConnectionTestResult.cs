namespace AgentSoar.Connectors.Sdk;

/// <summary>The outcome of <see cref="Connector.TestConnectionAsync"/>.</summary>
/// <param name="Succeeded">Whether the connector can reach and use what it drives.</param>
/// <param name="Message">What was checked, or what went wrong (never a secret).</param>
public sealed record ConnectionTestResult(bool Succeeded, string Message)
{
    /// <summary>A passed test.</summary>
    /// <param name="message">What was checked.</param>
    /// <returns>The result.</returns>
    public static ConnectionTestResult Success(string message) => new(true, message);

    /// <summary>A failed test.</summary>
    /// <param name="message">What went wrong.</param>
    /// <returns>The result.</returns>
    public static ConnectionTestResult Failure(string message) => new(false, message);
}
