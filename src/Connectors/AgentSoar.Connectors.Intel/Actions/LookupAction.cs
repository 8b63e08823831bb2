using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel;

/// <summary>A read-only lookup of one kind of indicator in every source that handles it.</summary>
internal abstract class LookupAction<TInput>(IntelSources sources) : ConnectorAction<TInput, LookupOutput>
    where TInput : notnull
{
    public override Task<ActionResult<LookupOutput>> ExecuteAsync(TInput input, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ToIndicator(input) is { } indicator
            ? sources.LookupAsync(indicator, context)
            : Task.FromResult<ActionResult<LookupOutput>>(ActionFailure.InvalidInput(InvalidMessage(input)));
    }

    /// <summary>
    /// A lookup changes nothing, so simulation looks up for real; unconfigured, it answers
    /// <c>unknown</c> (no source said anything) so a simulated run can go on.
    /// </summary>
    public override Task<ActionResult<LookupOutput>> SimulateAsync(TInput input, ActionContext context)
    {
        if (sources.IsConfigured)
        {
            return ExecuteAsync(input, context);
        }

        return Task.FromResult<ActionResult<LookupOutput>>(ToIndicator(input) is { } indicator
            ? new LookupOutput(indicator.Value, indicator.Kind, Verdict.Unknown, 0, [], [])
            : ActionFailure.InvalidInput(InvalidMessage(input)));
    }

    protected static ActionMetadata Describe(string name, string description, string openC2Target) => new(name, description, ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("query", openC2Target),
    };

    protected abstract Indicator? ToIndicator(TInput input);

    protected abstract string InvalidMessage(TInput input);
}

internal sealed class LookupIpAction(IntelSources sources) : LookupAction<LookupIpInput>(sources)
{
    public override ActionMetadata Metadata { get; } = Describe(
        "lookup_ip",
        "Looks up the reputation of an IP address in the configured threat-intelligence sources (feeds and services): verdict, score and the sources that said so.",
        "ipv4_net");

    protected override Indicator? ToIndicator(LookupIpInput input)
    {
        var address = IndicatorText.NormalizeIp(input.Ip);
        return new Indicator(IndicatorKind.Ip, address.ToString(), address);
    }

    protected override string InvalidMessage(LookupIpInput input) => $"ip: '{input.Ip}' is not an address.";
}

internal sealed class LookupDomainAction(IntelSources sources) : LookupAction<LookupDomainInput>(sources)
{
    public override ActionMetadata Metadata { get; } = Describe(
        "lookup_domain",
        "Looks up the reputation of a domain name in the configured threat-intelligence sources: verdict, score and the sources that said so.",
        "domain_name");

    protected override Indicator? ToIndicator(LookupDomainInput input) =>
        IndicatorText.TryNormalizeDomain(input.Domain, out var domain) ? new Indicator(IndicatorKind.Domain, domain) : null;

    protected override string InvalidMessage(LookupDomainInput input) =>
        $"domain: '{CsvFeedReader.Shorten(input.Domain)}' is not a domain name (letters, digits, '-' and '_' in dot-separated labels).";
}

internal sealed class LookupUrlAction(IntelSources sources) : LookupAction<LookupUrlInput>(sources)
{
    public override ActionMetadata Metadata { get; } = Describe(
        "lookup_url",
        "Looks up the reputation of a URL in the configured threat-intelligence sources: verdict, score and the sources that said so.",
        "uri");

    protected override Indicator? ToIndicator(LookupUrlInput input) =>
        IndicatorText.TryNormalizeUrl(input.Url, out var url) ? new Indicator(IndicatorKind.Url, url) : null;

    protected override string InvalidMessage(LookupUrlInput input) =>
        $"url: '{CsvFeedReader.Shorten(input.Url)}' is not an absolute URL with a host (at most {IndicatorText.MaxUrlLength} characters).";
}

internal sealed class LookupHashAction(IntelSources sources) : LookupAction<LookupHashInput>(sources)
{
    public override ActionMetadata Metadata { get; } = Describe(
        "lookup_hash",
        "Looks up a file hash (MD5, SHA-1, SHA-256 or SHA-512) in the configured threat-intelligence sources: verdict, score and the sources that said so.",
        "file");

    protected override Indicator? ToIndicator(LookupHashInput input) =>
        IndicatorText.TryNormalizeHash(input.Hash, out var hash) ? new Indicator(IndicatorKind.Hash, hash) : null;

    protected override string InvalidMessage(LookupHashInput input) =>
        "hash: must be an MD5, SHA-1, SHA-256 or SHA-512 in hex (32, 40, 64 or 128 hex digits).";
}
