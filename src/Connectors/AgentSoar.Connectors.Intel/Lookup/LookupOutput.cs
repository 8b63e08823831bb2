using System.ComponentModel;

namespace AgentSoar.Connectors.Intel;

internal sealed record LookupOutput(
    [Description("The indicator looked up, in normal form (lowercase domain and hash, canonical URL and address).")] string Indicator,
    [Description("ip, domain, url or hash.")] IndicatorKind Type,
    [Description("The worst verdict any source gave: malicious, suspicious, clean, or unknown when no source knew the indicator.")] Verdict Verdict,
    [Description("The highest score any source gave, 0 (nothing known) to 100 (certainly bad).")] int Score,
    [Description("Every source that said something of the indicator, with its verdict and score.")] IReadOnlyList<SourceVerdict> Sources,
    [Description("Optional sources that could not answer, with the reason.")] IReadOnlyList<string> Unavailable);
