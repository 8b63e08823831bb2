using System.Security.Cryptography;
using System.Text;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// Ids derived from their meaning (run, step, purpose) rather than drawn at random, so replaying an
/// event yields the same execution and approval ids and the engine stays a pure function.
/// </summary>
public static class DeterministicGuid
{
    public static Guid Create(Guid scope, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{scope:N}/{name}"), hash);
        var bytes = hash[..16].ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8: custom (RFC 9562)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes);
    }
}
