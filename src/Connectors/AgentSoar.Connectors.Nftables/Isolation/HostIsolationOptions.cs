using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Connectors.Nftables;

/// <summary>The <c>hostisolation</c> connector's settings, under <c>AgentSoar:Connectors:hostisolation</c>.</summary>
/// <remarks>
/// The connector acts on the hosts listed under <see cref="Hosts"/> only; with none it is not
/// configured, runs no nft command (not even at start) and its actions fail as unauthorized.
/// </remarks>
public sealed class HostIsolationOptions : IValidatableObject
{
    /// <summary>The hosts the connector can isolate, by the name playbooks use (case-insensitive).</summary>
    public IDictionary<string, IsolatedHostOptions> Hosts { get; } =
        new Dictionary<string, IsolatedHostOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Addresses or CIDR networks an isolated host may still talk to (the management station, the
    /// EDR server, the jump host), for every host that does not list its own.
    /// </summary>
    public string[] ManagementAddresses { get; set; } = [];

    /// <summary>The quarantine table, present only while a host is isolated. Default <c>agentsoar_isolation</c>.</summary>
    public string Table { get; set; } = "agentsoar_isolation";

    /// <summary>The quarantine chains' priority; far below the usual <c>filter</c> chains by default (-200).</summary>
    [Range(-1000, 1000)]
    public int Priority { get; set; } = -200;

    /// <summary>The nft binary: a name on the PATH or an absolute path. Default <c>nft</c>.</summary>
    public string NftPath { get; set; } = "nft";

    /// <summary>The ip binary (iproute2), for hosts reached through a network namespace. Default <c>ip</c>.</summary>
    public string IpPath { get; set; } = "ip";

    /// <summary>Whether at least one host is configured.</summary>
    internal bool IsConfigured => Hosts.Count > 0;

    /// <summary>The management networks of <paramref name="host"/>.</summary>
    internal IReadOnlyList<IpTarget> ManagementOf(IsolatedHostOptions host) =>
        (host.ManagementAddresses is { Length: > 0 } own ? own : ManagementAddresses)
            .Select(text => IpTarget.TryParse(text, out var target, out _) ? target : null)
            .OfType<IpTarget>()
            .ToList();

    /// <summary>Where nft runs for <paramref name="host"/>.</summary>
    internal NftEndpoint EndpointOf(IsolatedHostOptions host) =>
        new(NftPath, IpPath, string.IsNullOrEmpty(host.NetworkNamespace) ? null : host.NetworkNamespace);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!NftNames.IsIdentifier(Table))
        {
            yield return new ValidationResult("must start with a letter or '_' and hold only letters, digits and '_' (at most 64).", [nameof(Table)]);
        }

        foreach (var (name, value) in new[] { (nameof(NftPath), NftPath), (nameof(IpPath), IpPath) })
        {
            if (!NftNames.IsProgram(value))
            {
                yield return new ValidationResult("must be a program name or an absolute path.", [name]);
            }
        }

        foreach (var error in Addresses(ManagementAddresses, nameof(ManagementAddresses)))
        {
            yield return error;
        }

        foreach (var (name, host) in Hosts)
        {
            var prefix = $"{nameof(Hosts)}:{name}";
            if (Uri.CheckHostName(name) == UriHostNameType.Unknown)
            {
                yield return new ValidationResult("must be a host name.", [prefix]);
            }

            if (!string.IsNullOrEmpty(host.NetworkNamespace) && !NftNames.IsNamespace(host.NetworkNamespace))
            {
                yield return new ValidationResult("must be a network namespace name (letters, digits, '_', '.', '-'; at most 64).", [$"{prefix}:{nameof(IsolatedHostOptions.NetworkNamespace)}"]);
            }

            foreach (var error in Addresses(host.ManagementAddresses ?? [], $"{prefix}:{nameof(IsolatedHostOptions.ManagementAddresses)}"))
            {
                yield return error;
            }

            if ((host.ManagementAddresses is not { Length: > 0 }) && ManagementAddresses.Length == 0)
            {
                yield return new ValidationResult(
                    "needs at least one management address (its own or the connector's ManagementAddresses): an isolated host must stay reachable.",
                    [$"{prefix}:{nameof(IsolatedHostOptions.ManagementAddresses)}"]);
            }
        }
    }

    private static IEnumerable<ValidationResult> Addresses(string[] addresses, string path)
    {
        for (var i = 0; i < addresses.Length; i++)
        {
            if (!IpTarget.TryParse(addresses[i], out _, out var error))
            {
                yield return new ValidationResult(error, [$"{path}:{i}"]);
            }
        }
    }
}
