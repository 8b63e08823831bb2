namespace AgentSoar.Intake.Ocsf;

/// <summary>One observable of a finding.</summary>
/// <param name="Name">Where it sits (<c>device.hostname</c>, <c>src_endpoint.ip</c>).</param>
/// <param name="TypeId">Its OCSF type id (see <see cref="ObservableType"/>).</param>
/// <param name="Value">Its value.</param>
public sealed record FindingObservable(string Name, int TypeId, string Value);
