using System.Security.Cryptography;
using System.Text;
using AgentSoar.Contracts.Accounts;
using AgentSoar.Contracts.ApiKeys;
using Microsoft.Extensions.Options;

namespace AgentSoar.Console.Auth;

/// <summary>
/// The accepted keys, held only as SHA-256 hashes and compared in constant time: the configured ones, fixed at start,
/// and the ones made in the console, replaced as a whole whenever the Coordinator's list is read again. Creates the
/// bootstrap key file when configured and no key is configured.
/// </summary>
public sealed class ApiKeyStore
{
    private readonly List<(byte[] Hash, ApiKeyIdentity Identity)> _keys = [];

    // Swapped, never changed in place: a lookup reads one whole list, the old or the new.
    private volatile IReadOnlyList<(byte[] Hash, ApiKeyIdentity Identity)> _stored = [];

    public ApiKeyStore(IOptions<ApiKeyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Add(options.Value.Keys, "Keys");
        if (_keys.Count == 0 && options.Value.BootstrapKeyFile is { Length: > 0 } file)
        {
            _keys.Add((Hash(BootstrapKey.ReadOrCreate(file)), new ApiKeyIdentity("admin", [Roles.Admin, Roles.Analyst, Roles.Responder, Roles.Ingest], null)));
            BootstrapKeyPath = Path.GetFullPath(file);
        }

        Add(options.Value.InternalKeys, "InternalKeys");
    }

    /// <summary>Where the bootstrap admin key was written, when one was used.</summary>
    public string? BootstrapKeyPath { get; }

    /// <summary>The identity of the key named <paramref name="name"/> (names are unique per key list), or null.</summary>
    public ApiKeyIdentity? Named(string name) => _keys.Concat(_stored).Select(k => k.Identity).FirstOrDefault(i => i.Name == name);

    /// <summary>Whether a configured (or bootstrap, or internal) key has this name: a stored key can't take it.</summary>
    public bool IsConfigured(string name) => _keys.Any(k => string.Equals(k.Identity.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>How many stored keys are accepted now.</summary>
    public int StoredCount => _stored.Count;

    /// <summary>Accepts exactly these stored keys from now on (a revoked key is one left out).</summary>
    public void ReplaceStored(IEnumerable<ActiveApiKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _stored = keys
            .Where(k => k.KeySha256 is { Length: 64 })
            .Select(k => (Convert.FromHexString(k.KeySha256), new ApiKeyIdentity(k.Name, k.Roles, k.AlertFormat)
            {
                AlertsPerSecond = k.AlertsPerSecond,
                AlertBurst = k.AlertBurst,
            }))
            .ToList();
    }

    /// <summary>Who holds the presented key; null when no key matches.</summary>
    public ApiKeyIdentity? Find(string presented)
    {
        var hash = Hash(presented);
        ApiKeyIdentity? found = null;

        // Every key is compared, found or not, so the time taken says nothing about which key matched.
        foreach (var key in _keys.Concat(_stored))
        {
            if (CryptographicOperations.FixedTimeEquals(hash, key.Hash))
            {
                found ??= key.Identity;
            }
        }

        return found;
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

            if (ReservedNames.IsReserved(entry.Name))
            {
                throw new InvalidOperationException($"{path}:Name '{entry.Name}' is reserved for the system's own entries.");
            }

            var hash = entry.KeySha256 is { Length: 64 } hex ? Convert.FromHexString(hex)
                : entry.Key is { Length: >= 16 } key ? Hash(key)
                : throw new InvalidOperationException($"{path}: give KeySha256 (64 hex digits) or Key (at least 16 characters).");
            if (entry.AlertsPerSecond is < 1 || entry.AlertBurst is < 1)
            {
                throw new InvalidOperationException($"{path}: AlertsPerSecond and AlertBurst must be at least 1.");
            }

            _keys.Add((hash, new ApiKeyIdentity(entry.Name, entry.Roles.ToList(), entry.AlertFormat)
            {
                AlertsPerSecond = entry.AlertsPerSecond,
                AlertBurst = entry.AlertBurst,
            }));
        }
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
