using AgentSoar.Connectors.OpenC2.Language;

namespace AgentSoar.Connectors.OpenC2.Tests.TestSupport;

/// <summary>
/// The labelled OpenC2 plugfest test data, and the language each folder is labelled against: <c>language/</c> the core
/// language, <c>slpf/</c> the core and SLPF, <c>slpf+acme/</c> SLPF and the hypothetical extension profiles the
/// plugfest's "SLPF + Acme" schema declares (namespaces and pairs transcribed from that schema, contents not checked).
/// </summary>
internal static class Plugfest
{
    public static string Root { get; } = Path.Combine(RepositoryRoot.SharedTestData, "openc2", "plugfest-testdata");

    /// <summary>Every labelled file: <c>&lt;folder&gt;/&lt;commands|responses&gt;/&lt;good|bad&gt;/&lt;file&gt;</c>, relative to <see cref="Root"/>.</summary>
    public static IReadOnlyList<string> Files { get; } = Directory.Exists(Root)
        ? [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(path => path.Split('/') is [_, "commands" or "responses", "good" or "bad", _])
            .Order(StringComparer.Ordinal)]
        : [];

    public static OpenC2Language LanguageFor(string folder) => folder switch
    {
        "language" => OpenC2Language.Core,
        "slpf" => new OpenC2Language([OpenC2Profile.Slpf], restrictPairsToProfiles: true),
        "slpf+acme" => new OpenC2Language([OpenC2Profile.Slpf, .. AcmeProfiles], restrictPairsToProfiles: true),
        _ => throw new ArgumentException($"No language is known for the folder '{folder}'.", nameof(folder)),
    };

    private static IEnumerable<OpenC2Profile> AcmeProfiles =>
    [
        new("x-acme")
        {
            Targets = new Dictionary<string, OpenC2ValueCheck>(StringComparer.Ordinal)
            {
                ["features"] = OpenC2Profile.AnyObject,
                ["container"] = OpenC2Profile.AnyObject,
            },
            Args = OpenC2Profile.AnyObject,
            Results = OpenC2Profile.AnyObject,
            Pairs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["deny"] = ["file"],
                ["allow"] = ["device", "file"],
                ["contain"] = ["device"],
                ["remediate"] = ["file"],
            },
        },
        new("x-esm") { Actuator = OpenC2Profile.AnyObject, Results = OpenC2Profile.AnyObject },
        new("x-mycompany") { Args = OpenC2Profile.AnyObject, Actuator = OpenC2Profile.AnyObject, Results = OpenC2Profile.AnyObject },
        new("x-mycompany_with_underscore") { Args = OpenC2Profile.AnyObject },
        new("x-example") { Args = OpenC2Profile.AnyObject },
        new("x-395") { Args = OpenC2Profile.AnyObject },
    ];
}
