namespace AgentSoar.ConnectorHost.Configuration;

/// <summary>A connector cannot start with its configuration; the message names the configuration path to fix.</summary>
public sealed class ConnectorConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConnectorConfigurationException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public ConnectorConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public ConnectorConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
