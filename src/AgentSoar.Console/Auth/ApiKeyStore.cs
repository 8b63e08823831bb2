using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AgentSoar.Console.Auth;

/// <summary>
/// The accepted keys, held only as SHA-256 hashes and compared in constant time. Creates the
/// bootstrap key file when configured and no key exists.
/// </summary>
public sealed class ApiKeyStore
{
    private readonly List<(byte[] Hash, string Name, IReadOnlyList<string> Roles)> _keys = [];

    public ApiKeyStore(IOptions<ApiKeyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Add(options.Value.Keys, "Keys");
        if (_keys.Count == 0 && options.Value.BootstrapKeyFile is { Length: > 0 } file)
        {
            _keys.Add((Hash(BootstrapKey.ReadOrCreate(file)), "admin", [Roles.Admin, Roles.Analyst, Roles.Responder, Roles.Ingest]));
            BootstrapKeyPath = Path.GetFullPath(file);
        }

        Add(options.Value.InternalKeys, "InternalKeys");
    }

    /// <summary>Where the bootstrap admin key was written, when one was used.</summary>
    public string? BootstrapKeyPath { get; }

    public (string Name, IReadOnlyList<string> Roles)? Find(string presented)
    {
        var hash = Hash(presented);
        foreach (var key in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, key.Hash))
            {
                return (key.Name, key.Roles);
            }
        }

        return null;
    }

    private void Add(IReadOnlyList<ApiKeyEntry> entries, string list)
    {
        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            var path = $"{ApiKeyOptions.Section}:{list}:{index}";
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new InvalidOperationException($"{path}:Name is required.");
            }

            var hash = entry.KeySha256 is { Length: 64 } hex ? Convert.FromHexString(hex)
                : entry.Key is { Length: >= 16 } key ? Hash(key)
                : throw new InvalidOperationException($"{path}: give KeySha256 (64 hex digits) or Key (at least 16 characters).");
            _keys.Add((hash, entry.Name, entry.Roles.ToList()));
        }
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
