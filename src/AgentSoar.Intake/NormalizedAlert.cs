using System.Text.Json.Nodes;
using AgentSoar.Intake.Ocsf;

namespace AgentSoar.Intake;

/// <summary>An alert as an OCSF Detection Finding, and the format it was read as.</summary>
/// <param name="Finding">The finding (class_uid 2004), the original text in raw_data (OCSF input passes through unchanged).</param>
/// <param name="Format">The format used; for <see cref="AlertFormat.Auto"/>, the one detected.</param>
public sealed record NormalizedAlert(JsonObject Finding, AlertFormat Format)
{
    /// <summary>The facts of the finding: rule, title, severity, techniques, tactics, observables, host.</summary>
    public FindingFacts Facts => FindingFacts.Read(Finding);
}
