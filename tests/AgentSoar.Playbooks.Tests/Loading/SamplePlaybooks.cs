namespace AgentSoar.Playbooks.Tests.Loading;

/// <summary>Playbook texts for the loader tests. Line numbers in the comments are the YAML's own.</summary>
internal static class SamplePlaybooks
{
    /// <summary>The example of the playbook reference, valid against <see cref="FakeActionCatalog"/>.</summary>
    public const string BlockIp = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata:
          id: block-malicious-ip
          name: Block a malicious external IP
          version: 3
          description: Enrich the remote IP; if it is known bad, block it.
          tags: [containment, attack.t1071]
        triggers:
          - match: "${{ alert.severity_id >= 3 && has_observable(alert, 'ip') }}"
        inputs:
          ip: { type: ip, required: true, from: "${{ first_observable(alert, 'ip') }}", description: The remote address }
        steps:
          - id: enrich
            action: simulation.lookup_ip
            with: { ip: "${{ inputs.ip }}" }
            timeout: 10s
            retry: { attempts: 3, backoff: exponential, delay: 1s }
          - id: verdict
            if: "${{ steps.enrich.output.verdict == 'malicious' }}"
            then:
              - id: block
                action: simulation.block_ip
                with: { ip: "${{ inputs.ip }}", duration: 24h }
                approval: { approvers: 1, role: responder, expires: 15m }
            else:
              - id: note
                action: simulation.comment
                with: { text: "Not blocked: ${{ inputs.ip }}" }
          - id: ticket
            action: webhook.post
            if: "${{ inputs.ip != null }}"
            with: { endpoint: tickets, body: { title: "Incident ${{ incident.id }}: ${{ alert.finding_info.title }}" } }
            on_failure: continue
        outputs:
          blocked: "${{ steps.block.status == 'succeeded' }}"
        """;

    /// <summary>The smallest valid playbook; tests append or replace lines to break it one way at a time.</summary>
    public const string Minimal = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata:
          id: minimal
          name: Minimal
        steps:
          - id: only
            action: simulation.comment
            with: { text: hello }
        """;

    /// <summary>A playbook with a <c>steps</c> list given by the test (indented by two spaces, as under <c>steps:</c>).</summary>
    public static string WithSteps(string steps) => $$"""
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: p, name: P }
        inputs:
          ip: { type: ip }
        steps:
        {{steps}}
        """;
}
