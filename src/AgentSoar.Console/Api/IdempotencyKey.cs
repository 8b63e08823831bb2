using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace AgentSoar.Console.Api;

/// <summary>
/// The <c>Idempotency-Key</c> request header: a client that retries a change (after a timeout, say) sends the same
/// key, and the change is made once. The key becomes the bus message id, scoped to the caller and the operation so
/// that two callers, or two operations, can't collide by choosing the same key.
/// </summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 200;

    /// <returns>The message id for the request; null when it has no key; <paramref name="problem"/> set when the key is unusable.</returns>
    public static Guid? MessageId(HttpContext http, string operation, out IResult? problem)
    {
        ArgumentNullException.ThrowIfNull(http);
        problem = null;
        if (!http.Request.Headers.TryGetValue(Header, out var values))
        {
            return null;
        }

        var key = values.ToString();
        if (key.Length is 0 or > MaxLength || key.Any(char.IsControl) || values.Count > 1)
        {
            problem = Problems.Of(StatusCodes.Status400BadRequest, "Invalid Idempotency-Key", $"the {Header} header must be one value of 1 to {MaxLength} printable characters");
            return null;
        }

        var caller = http.User.FindFirstValue(ClaimTypes.Name) ?? "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{caller}\n{operation}\n{key}"));

        // Shaped as a version 8 (custom) UUID, so it never looks like one the bus made itself.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
