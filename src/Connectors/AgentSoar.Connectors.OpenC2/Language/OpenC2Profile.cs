using System.Text.Json;
using System.Text.RegularExpressions;

namespace AgentSoar.Connectors.OpenC2.Language;

/// <summary>
/// An actuator profile: a namespace and what it adds to the language (targets, arguments, actuator specifiers,
/// results) and the action-target pairs it defines. A part the profile does not define is <see langword="null"/>.
/// </summary>
public sealed partial record OpenC2Profile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="namespace">
    /// The namespace: a standard profile's short name (<c>slpf</c>: a lowercase letter, then up to 15 lowercase
    /// letters, digits or <c>_</c>) or a non-standard one's <c>x-</c> name (<c>x-acme</c>: lowercase letters, digits and
    /// <c>_</c>, not starting with <c>_</c>, at most 32 characters in all).
    /// </param>
    public OpenC2Profile(string @namespace)
    {
        if (!IsNamespace(@namespace))
        {
            throw new ArgumentException($"'{@namespace}' is not a profile namespace: use a short lowercase name (slpf) or x- and a lowercase name (x-acme).", nameof(@namespace));
        }

        Namespace = @namespace;
    }

    /// <summary>The standard Stateless Packet Filtering profile, v1.0 (<c>slpf</c>).</summary>
    public static OpenC2Profile Slpf { get; } = new("slpf")
    {
        Targets = new Dictionary<string, OpenC2ValueCheck>(StringComparer.Ordinal) { ["rule_number"] = Checks.Integer },
        Args = Checks.Map(
            minProperties: 1,
            ("drop_process", Checks.Enum("none", "reject", "false_ack")),
            ("persistent", Checks.Boolean),
            ("direction", Checks.Enum("both", "ingress", "egress")),
            ("insert_rule", Checks.Integer)),
        Actuator = Checks.Map(
            minProperties: 0,
            ("hostname", Checks.Hostname),
            ("named_group", Checks.String),
            ("asset_id", Checks.String),
            ("asset_tuple", Checks.StringArray(maxItems: 10))),
        Results = Checks.Map(minProperties: 0, ("rule_number", Checks.Integer)),
        Pairs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["query"] = ["features"],
            ["deny"] = ["ipv4_net", "ipv6_net", "ipv4_connection", "ipv6_connection"],
            ["allow"] = ["ipv4_net", "ipv6_net", "ipv4_connection", "ipv6_connection"],
            ["delete"] = ["slpf:rule_number"],
            ["update"] = ["file"],
        },
    };

    /// <summary>The namespace (<c>slpf</c>, <c>x-acme</c>).</summary>
    public string Namespace { get; }

    /// <summary>The targets the profile defines, by name without the namespace (<c>rule_number</c> for <c>slpf:rule_number</c>).</summary>
    public IReadOnlyDictionary<string, OpenC2ValueCheck> Targets { get; init; } = new Dictionary<string, OpenC2ValueCheck>(StringComparer.Ordinal);

    /// <summary>The check of the profile's command arguments (<c>args.&lt;namespace&gt;</c>), or <see langword="null"/> when it defines none.</summary>
    public OpenC2ValueCheck? Args { get; init; }

    /// <summary>The check of the profile's actuator specifiers (<c>actuator.&lt;namespace&gt;</c>), or <see langword="null"/> when it defines none.</summary>
    public OpenC2ValueCheck? Actuator { get; init; }

    /// <summary>The check of the profile's results (<c>results.&lt;namespace&gt;</c>), or <see langword="null"/> when it defines none.</summary>
    public OpenC2ValueCheck? Results { get; init; }

    /// <summary>The action-target pairs the profile defines (targets as in <c>results.pairs</c>), or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Pairs { get; init; }

    /// <summary>
    /// A non-standard profile known only by its namespace: it may appear in arguments, actuator specifiers and
    /// results, each holding a JSON object whose content is the profile's business.
    /// </summary>
    /// <param name="namespace">The <c>x-</c> namespace.</param>
    /// <returns>The profile.</returns>
    public static OpenC2Profile Opaque(string @namespace) => new(@namespace)
    {
        Args = AnyObject,
        Actuator = AnyObject,
        Results = AnyObject,
    };

    /// <summary>Whether <paramref name="value"/> is a valid profile namespace.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns><see langword="true"/> for <c>slpf</c> or <c>x-acme</c>; <see langword="false"/> for <c>X-acme</c>, <c>x-_a</c>, <c>x-a.b</c>.</returns>
    public static bool IsNamespace(string? value) => value is not null && NamespacePattern().IsMatch(value);

    /// <summary>A check that accepts any JSON object.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its path.</param>
    public static void AnyObject(JsonElement value, string path) => Checks.Object(value, path);

    [GeneratedRegex("^(?:[a-z][a-z0-9_]{0,15}|x-(?=.{1,30}\\z)[a-z0-9][a-z0-9_]*)\\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamespacePattern();
}
