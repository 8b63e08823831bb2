namespace AgentSoar.Connectors.Sdk;

/// <summary>The logger of a context built without one (a connector's own unit tests).</summary>
internal sealed class NullActionLogger : IActionLogger
{
    public static readonly NullActionLogger Instance = new();

    public void Log(ActionLogLevel level, string message, Exception? exception = null)
    {
    }
}
