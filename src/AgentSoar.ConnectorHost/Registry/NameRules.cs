namespace AgentSoar.ConnectorHost.Registry;

/// <summary>
/// Connector and action names appear in playbooks (<c>firewall.block_ip</c>), configuration paths
/// and queue names, so they are held to what all three accept.
/// </summary>
internal static class NameRules
{
    public const string Description = "lowercase letters, digits, '_' and '-', starting with a letter, at most 64 characters";

    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= 64 }
        && char.IsAsciiLetterLower(name[0])
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-');
}
