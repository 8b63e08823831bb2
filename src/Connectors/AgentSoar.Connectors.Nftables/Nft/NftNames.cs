using System.Text.RegularExpressions;

namespace AgentSoar.Connectors.Nftables;

/// <summary>Checks of the configured names that end up on an nft or ip command line.</summary>
internal static partial class NftNames
{
    /// <summary>The netfilter hooks a filter chain of the inet family can attach to.</summary>
    public static readonly IReadOnlyList<string> Hooks = ["prerouting", "input", "forward", "output", "postrouting"];

    /// <summary>A table, set or chain name: a letter or <c>_</c>, then letters, digits and <c>_</c>, at most 64.</summary>
    public static bool IsIdentifier(string? name) => name is not null && Identifier().IsMatch(name);

    /// <summary>A network namespace name as <c>ip netns</c> stores it (a file name): no <c>/</c>, no leading <c>-</c> or <c>.</c>.</summary>
    public static bool IsNamespace(string? name) => name is not null && Namespace().IsMatch(name);

    /// <summary>A program: a bare name found on the PATH or an absolute path, never starting with <c>-</c>.</summary>
    public static bool IsProgram(string? path) => path is not null && Program().IsMatch(path);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Namespace();

    [GeneratedRegex("^(/[A-Za-z0-9_.+-]+)+$|^[A-Za-z0-9_][A-Za-z0-9_.+-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Program();
}
