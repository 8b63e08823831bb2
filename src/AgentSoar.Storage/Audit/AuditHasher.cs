using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AgentSoar.Storage;

/// <summary>
/// Computes audit entry hashes. The encoding is part of the stored data's meaning: changing it makes
/// every existing chain fail verification, so it is versioned by <see cref="FormatTag"/>.
/// </summary>
/// <remarks>
/// The hashed bytes are the UTF-8 of <c>agentsoar-audit-v1\n</c> followed by, for each field in order
/// (sequence, at, actor, kind, incident id, run id, step id, data, previous hash), either <c>-\n</c> for
/// null or <c>{byte length}:{value}\n</c>. The length prefix keeps field boundaries unambiguous ("ab","c"
/// and "a","bc" differ) and the dash keeps null apart from empty. The sequence is invariant decimal, the
/// time is ISO-8601 UTC with 7 fraction digits, ids are lowercase "D" format.
/// </remarks>
public static class AuditHasher
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Names the encoding below; a new encoding would get a new tag.</summary>
    public const string FormatTag = "agentsoar-audit-v1";

    /// <summary>Hashes a draft as it would be stored at <paramref name="sequence"/> after <paramref name="previousHash"/>.</summary>
    public static string Compute(long sequence, AuditDraft draft, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(previousHash);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(FormatTag + "\n"));
        Append(hash, sequence.ToString(CultureInfo.InvariantCulture));
        Append(hash, FormatTime(draft.At));
        Append(hash, draft.Actor);
        Append(hash, draft.Kind);
        Append(hash, draft.IncidentId?.ToString("D"));
        Append(hash, draft.RunId?.ToString("D"));
        Append(hash, draft.StepId);
        Append(hash, draft.DataJson);
        Append(hash, previousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Recomputes the hash a stored entry should carry, from its own fields.</summary>
    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var draft = new AuditDraft(entry.At, entry.Actor, entry.Kind, entry.IncidentId, entry.RunId, entry.StepId, entry.DataJson);
        return Compute(entry.Sequence, draft, entry.PreviousHash);
    }

    /// <summary>The time as hashed: ISO-8601 UTC with exactly 7 fraction digits.</summary>
    public static string FormatTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static void Append(IncrementalHash hash, string? value)
    {
        if (value is null)
        {
            hash.AppendData("-\n"u8);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        hash.AppendData(Encoding.UTF8.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":"));
        hash.AppendData(bytes);
        hash.AppendData("\n"u8);
    }
}
