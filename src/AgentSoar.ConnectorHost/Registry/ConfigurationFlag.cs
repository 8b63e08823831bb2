using AgentSoar.ConnectorHost.Configuration;

namespace AgentSoar.ConnectorHost.Registry;

/// <summary>Reads an optional true/false setting, refusing anything else rather than guessing.</summary>
internal static class ConfigurationFlag
{
    public static bool Read(string? value, string path) => ReadOptional(value, path) ?? false;

    /// <summary>Null when the setting is absent, so a more specific setting can fall back to a general one.</summary>
    public static bool? ReadOptional(string? value, string path) =>
        string.IsNullOrWhiteSpace(value)
            ? null
            : bool.TryParse(value, out var flag)
                ? flag
                : throw new ConnectorConfigurationException($"{path} must be true or false (was '{value}').");
}
