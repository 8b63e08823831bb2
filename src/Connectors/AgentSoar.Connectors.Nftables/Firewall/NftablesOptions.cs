using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Connectors.Nftables;

/// <summary>The <c>nftables</c> connector's settings, under <c>AgentSoar:Connectors:nftables</c>.</summary>
/// <remarks>
/// Nothing happens until <see cref="Enabled"/> is set: an unconfigured connector runs no nft command,
/// not even at start, and its actions fail with a "not configured" error (simulation still works).
/// </remarks>
public sealed class NftablesOptions : IValidatableObject
{
    /// <summary>The hooks used when <see cref="Hooks"/> is not set.</summary>
    public static readonly IReadOnlyList<string> DefaultHooks = ["input", "forward", "output"];

    /// <summary>Whether the connector may change netfilter rules. Default <see langword="false"/>.</summary>
    public bool Enabled { get; set; }

    /// <summary>The table the connector owns (created when missing). Default <c>agentsoar</c>.</summary>
    public string Table { get; set; } = "agentsoar";

    /// <summary>The table's family; <c>inet</c> (IPv4 and IPv6 in one table) is the only one supported.</summary>
    public string Family { get; set; } = "inet";

    /// <summary>The set of blocked IPv4 addresses and networks. Default <c>blocked_v4</c>.</summary>
    public string SetV4 { get; set; } = "blocked_v4";

    /// <summary>The set of blocked IPv6 addresses and networks. Default <c>blocked_v6</c>.</summary>
    public string SetV6 { get; set; } = "blocked_v6";

    /// <summary>
    /// The netfilter hooks to drop in, one chain each, named after its hook; each drops packets whose
    /// source or destination is in a set. Default <c>input</c>, <c>forward</c>, <c>output</c>.
    /// </summary>
    public string[]? Hooks { get; set; }

    /// <summary>The chains' priority; below 0 runs before the usual <c>filter</c> chains. Default -10.</summary>
    [Range(-1000, 1000)]
    public int Priority { get; set; } = -10;

    /// <summary>The nft binary: a name on the PATH or an absolute path. Default <c>nft</c>.</summary>
    public string NftPath { get; set; } = "nft";

    /// <summary>The ip binary (iproute2), for <see cref="NetworkNamespace"/>. Default <c>ip</c>.</summary>
    public string IpPath { get; set; } = "ip";

    /// <summary>A named network namespace to act in (<c>ip netns exec NAME nft ...</c>); unset, the host's own.</summary>
    public string? NetworkNamespace { get; set; }

    /// <summary>
    /// Networks that are never blocked, not even as part of a wider network (management, the SOC's
    /// own ranges). Loopback (<c>127.0.0.0/8</c>, <c>::1</c>) is always protected.
    /// </summary>
    public string[] ProtectedNetworks { get; set; } = [];

    /// <summary>The hooks in effect.</summary>
    internal IReadOnlyList<string> EffectiveHooks => Hooks is { Length: > 0 } hooks ? hooks : DefaultHooks;

    /// <summary>Where nft runs.</summary>
    internal NftEndpoint Endpoint => new(NftPath, IpPath, string.IsNullOrEmpty(NetworkNamespace) ? null : NetworkNamespace);

    /// <summary>The protected networks, loopback included.</summary>
    internal IReadOnlyList<IpTarget> EffectiveProtectedNetworks =>
    [
        new(System.Net.IPNetwork.Parse("127.0.0.0/8")),
        new(System.Net.IPNetwork.Parse("::1/128")),
        .. ProtectedNetworks.Select(text => IpTarget.TryParse(text, out var target, out _) ? target : null).OfType<IpTarget>(),
    ];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(Table), Table), (nameof(SetV4), SetV4), (nameof(SetV6), SetV6) })
        {
            if (!NftNames.IsIdentifier(value))
            {
                yield return new ValidationResult("must start with a letter or '_' and hold only letters, digits and '_' (at most 64).", [name]);
            }
        }

        if (string.Equals(SetV4, SetV6, StringComparison.Ordinal))
        {
            yield return new ValidationResult("must differ from SetV4.", [nameof(SetV6)]);
        }

        if (Family != "inet")
        {
            yield return new ValidationResult("must be 'inet' (one table for IPv4 and IPv6).", [nameof(Family)]);
        }

        var hooks = EffectiveHooks;
        for (var i = 0; i < hooks.Count; i++)
        {
            if (!NftNames.Hooks.Contains(hooks[i]) || hooks.Take(i).Contains(hooks[i]))
            {
                yield return new ValidationResult($"must be distinct hooks among {string.Join(", ", NftNames.Hooks)}.", [$"{nameof(Hooks)}:{i}"]);
            }
        }

        foreach (var (name, value) in new[] { (nameof(NftPath), NftPath), (nameof(IpPath), IpPath) })
        {
            if (!NftNames.IsProgram(value))
            {
                yield return new ValidationResult("must be a program name or an absolute path.", [name]);
            }
        }

        if (!string.IsNullOrEmpty(NetworkNamespace) && !NftNames.IsNamespace(NetworkNamespace))
        {
            yield return new ValidationResult("must be a network namespace name (letters, digits, '_', '.', '-'; at most 64).", [nameof(NetworkNamespace)]);
        }

        for (var i = 0; i < ProtectedNetworks.Length; i++)
        {
            if (!IpTarget.TryParse(ProtectedNetworks[i], out _, out var error))
            {
                yield return new ValidationResult(error, [$"{nameof(ProtectedNetworks)}:{i}"]);
            }
        }
    }
}
