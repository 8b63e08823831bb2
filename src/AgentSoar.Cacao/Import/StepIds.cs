using System.Text.RegularExpressions;

namespace AgentSoar.Cacao.Import;

/// <summary>AgentSoar step ids from CACAO ones: a CACAO id (<c>action--6398eb05-…</c>) is already a valid AgentSoar id once in lower case.</summary>
internal static partial class StepIds
{
    public static string From(string cacaoId)
    {
        var id = NotAllowed().Replace(cacaoId.ToLowerInvariant(), "-");
        return id.Length > 0 && (char.IsAsciiLetterLower(id[0]) || id[0] == '_') ? id : "_" + id;
    }

    /// <summary>The id of a step made from a part of a CACAO step (its variables, its delay).</summary>
    public static string Derived(string cacaoId, string part) => $"{From(cacaoId)}-{part}";

    [GeneratedRegex("[^a-z0-9_-]")]
    private static partial Regex NotAllowed();
}
