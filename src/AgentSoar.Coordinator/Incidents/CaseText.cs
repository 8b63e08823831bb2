using System.Text.Json;

namespace AgentSoar.Coordinator.Incidents;

/// <summary>
/// The limits on what people write into an incident. They exist because whatever is written here is
/// shown to every analyst and fed to the planner: bounded, printable, and tags simple enough to filter on.
/// </summary>
internal static class CaseText
{
    public const int MaxCommentLength = 10_000;
    public const int MaxReasonLength = 2_000;
    public const int MaxNameLength = 200;
    public const int MaxTagLength = 64;
    public const int MaxTags = 32;

    /// <summary>Why <paramref name="text"/> is not an acceptable comment, or null when it is.</summary>
    public static string? CommentProblem(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "the comment is empty"
        : text.Length > MaxCommentLength ? $"the comment has {text.Length} characters; at most {MaxCommentLength} are allowed"
        : HasControl(text, allowLineBreaks: true) ? "the comment contains control characters (only line breaks and tabs are allowed)"
        : null;

    public static string? ReasonProblem(string? reason) =>
        reason is null ? null
        : reason.Length > MaxReasonLength ? $"the reason has {reason.Length} characters; at most {MaxReasonLength} are allowed"
        : HasControl(reason, allowLineBreaks: true) ? "the reason contains control characters"
        : null;

    /// <summary>Why <paramref name="name"/> is not an acceptable person's name, or null when it is.</summary>
    public static string? NameProblem(string? name, string what) =>
        string.IsNullOrWhiteSpace(name) ? $"the {what} is empty"
        : name.Length > MaxNameLength ? $"the {what} has {name.Length} characters; at most {MaxNameLength} are allowed"
        : HasControl(name, allowLineBreaks: false) ? $"the {what} contains control characters"
        : name.Trim() != name ? $"the {what} starts or ends with spaces"
        : null;

    /// <summary>
    /// A tag in its stored form (lower case), or the reason it can't be one. Tags are letters, digits and
    /// <c>. _ : / -</c>, starting with a letter or digit: <c>phishing</c>, <c>attack:t1059</c>, <c>campaign/apt29</c>.
    /// </summary>
    public static (string? Tag, string? Problem) Tag(string? raw)
    {
        var tag = raw?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(tag))
        {
            return (null, "a tag is empty");
        }

        if (tag.Length > MaxTagLength)
        {
            return (null, $"the tag '{Shorten(tag)}' has {tag.Length} characters; at most {MaxTagLength} are allowed");
        }

        var valid = char.IsAsciiLetterOrDigit(tag[0]) && tag.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '/' or '-');
        return valid ? (tag, null) : (null, $"the tag '{Shorten(tag)}' may only hold letters, digits and . _ : / - and must start with a letter or digit");
    }

    public static IReadOnlyList<string> ReadTags(string tagsJson) =>
        JsonSerializer.Deserialize<List<string>>(tagsJson) ?? [];

    public static string WriteTags(IReadOnlyList<string> tags) => JsonSerializer.Serialize(tags);

    private static bool HasControl(string text, bool allowLineBreaks) =>
        text.Any(c => char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t'));

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
