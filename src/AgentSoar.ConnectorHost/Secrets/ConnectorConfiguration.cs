using AgentSoar.ConnectorHost.Configuration;

namespace AgentSoar.ConnectorHost.Secrets;

/// <summary>
/// A connector's configuration section as the connector sees it: every <c>&lt;key&gt;_FILE</c> entry is
/// replaced by <c>&lt;key&gt;</c> holding the file's content (the container-secrets convention), and the
/// values that are secrets by convention are handed to the masker.
/// </summary>
internal static class ConnectorConfiguration
{
    private const string FileSuffix = "_FILE";

    private static readonly string[] SecretNameEndings = ["secret", "password", "apikey", "token"];

    public static IConfiguration Resolve(IConfigurationSection section, SecretMasker masker)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var files = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in section.AsEnumerable(makePathsRelative: true))
        {
            if (key.Length == 0 || value is null)
            {
                continue;
            }

            if (key.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase))
            {
                files.Add(new(key, value));
            }
            else
            {
                values[key] = value;
                if (IsSecretName(key))
                {
                    masker.Add(value);
                }
            }
        }

        // Files win over plain values, so a deployment can move a secret to a file without removing the old key first.
        foreach (var (key, path) in files)
        {
            var secret = ReadSecretFile($"{section.Path}:{key}", path);
            values[key[..^FileSuffix.Length]] = secret;
            masker.Add(secret);
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private static bool IsSecretName(string key)
    {
        var last = key[(key.LastIndexOf(':') + 1)..];
        return SecretNameEndings.Any(ending => last.EndsWith(ending, StringComparison.OrdinalIgnoreCase));
    }

    private static string ReadSecretFile(string configurationPath, string path)
    {
        try
        {
            // Secret files usually end with the newline an editor or `echo` added; it is never part of the secret.
            return File.ReadAllText(path).TrimEnd('\r', '\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ConnectorConfigurationException($"{configurationPath}: cannot read the secret file '{path}': {ex.Message}", ex);
        }
    }
}
