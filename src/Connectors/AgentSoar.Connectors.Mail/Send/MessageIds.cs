using System.Security.Cryptography;
using System.Text;

namespace AgentSoar.Connectors.Mail;

/// <summary>
/// The Message-ID of a notification. With an idempotency key it is derived from the key (hashed, so
/// the key itself is not disclosed): every retry and redelivery of one step execution sends the
/// same Message-ID, which lets mail stores and clients recognise a repeat.
/// </summary>
internal static class MessageIds
{
    public static string For(string idempotencyKey, string? from)
    {
        var domain = from is not null && from.LastIndexOf('@') is var at and >= 0 ? from[(at + 1)..].ToLowerInvariant() : "agentsoar.invalid";
        var local = string.IsNullOrEmpty(idempotencyKey)
            ? Guid.NewGuid().ToString("N")
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("agentsoar-mail:" + idempotencyKey)))[..32];
        return $"<{local}.agentsoar@{domain}>";
    }
}
