using System.Net;

namespace AgentSoar.Connectors.Intel;

/// <summary>A value to look up, in its normal form; <see cref="Address"/> is set for addresses.</summary>
internal sealed record Indicator(IndicatorKind Kind, string Value, IPAddress? Address = null);
