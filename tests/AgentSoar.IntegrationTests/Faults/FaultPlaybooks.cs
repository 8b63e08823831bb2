using System.Globalization;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>
/// The one playbook and the approval policy a fault test runs with, written to a folder of its own
/// that the Coordinator and the planner are pointed at, so only this playbook is known and it
/// starts by itself for every alert with an IP.
/// </summary>
/// <remarks>
/// The playbook makes one mutating call: <c>webhook.post</c> (medium risk) to the sink, whose body
/// names the run, so the sink's requests can be matched to runs. The policy lets medium risk pass
/// without approval; <c>stepOptions</c> add keys to that step (<c>timeout: 2s</c>,
/// <c>approval: { approvers: 1 }</c>...).
/// </remarks>
public sealed class FaultPlaybooks : IDisposable
{
    public const string PlaybookId = "fault-notify";

    private FaultPlaybooks(string folder)
    {
        Folder = folder;
    }

    /// <summary>The temporary folder holding <c>playbooks/</c> and <c>approval-policy.yaml</c>.</summary>
    public string Folder { get; }

    /// <summary>The settings that point a deployment at this folder (for <c>DistributedOptions.Environment</c>).</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["AgentSoar__Coordinator__PlaybooksPath"] = Path.Combine(Folder, "playbooks"),
        ["AgentSoar__Planner__PlaybooksPath"] = Path.Combine(Folder, "playbooks"),
        ["AgentSoar__Coordinator__ApprovalPolicyPath"] = Path.Combine(Folder, "approval-policy.yaml"),
        ["AgentSoar__Coordinator__AutoStartPlaybooks__0"] = PlaybookId,
    };

    /// <param name="stepOptions">YAML keys added to the webhook step, one per line, unindented.</param>
    /// <param name="defaultExpiry">The policy's <c>default_expiry</c>: how long an approval stays open unless its step says less.</param>
    public static FaultPlaybooks Write(string stepOptions = "", TimeSpan? defaultExpiry = null)
    {
        ArgumentNullException.ThrowIfNull(stepOptions);
        var folder = Path.Combine(Path.GetTempPath(), "agentsoar-faults-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(folder, "playbooks"));
        var extra = string.Concat(stepOptions.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => "    " + line + "\n"));
        var playbook = """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata:
              id: fault-notify  # PlaybookId
              name: Fault tests - tell the SOC about an IP
              version: 1
              tags: [containment]
            triggers:
              - match: "${{ has_observable(alert, 'ip') }}"
            inputs:
              ip: { type: ip, required: true, from: "${{ first_observable(alert, 'ip') }}" }
            steps:
              - id: notify
                action: webhook.post
                with:
                  endpoint: soc
                  body:
                    run: "${{ run.id }}"
                    incident: "${{ incident.id }}"
                    ip: "${{ inputs.ip }}"

            """ + extra + """
            outputs:
              status_code: "${{ steps.notify.output.status_code }}"

            """;
        File.WriteAllText(Path.Combine(folder, "playbooks", PlaybookId + ".yaml"), playbook);
        var expiry = (int)(defaultExpiry ?? TimeSpan.FromMinutes(15)).TotalSeconds;
        File.WriteAllText(Path.Combine(folder, "approval-policy.yaml"), string.Create(CultureInfo.InvariantCulture, $$"""
            # Medium risk (webhook.post) passes without approval, so runs go through by themselves.
            approvers: { low: 0, medium: 0, high: 1, critical: 2 }
            default_expiry: {{expiry}}s
            unknown_action_risk: critical

            """));
        return new FaultPlaybooks(folder);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A service still reading it as it stops; the temp folder is cleaned up by the system.
        }
    }
}
