namespace AgentSoar.Cli.Tests.Playbooks.Running;

/// <summary>Playbooks and alerts for the simulated-run tests, beside the shipped ones they also use.</summary>
internal static class RunSamples
{
    public static string BlockMaliciousIp => Path.Combine(RepositoryRoot.Path, "playbooks", "block-malicious-ip.yaml");

    /// <summary>The C2 beacon example alert: its remote IP, 203.0.113.7, is malicious in the simulation's feed.</summary>
    public static string BeaconAlert => Path.Combine(RepositoryRoot.Path, "docs", "examples", "c2-beacon.json");

    /// <summary>An alert whose IP (192.0.2.10) the simulation's feed calls suspicious, not malicious.</summary>
    public const string SuspiciousIpAlert = """
        { "class_uid": 2004, "severity_id": 3, "finding_info": { "uid": "s-1", "title": "Odd traffic" },
          "observables": [ { "type_id": 2, "value": "192.0.2.10" } ] }
        """;

    /// <summary>Waits a day between two comments, then switches on the severity.</summary>
    public const string WaitAndSwitch = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: wait-and-switch, name: Wait a day then triage, version: 2 }
        steps:
          - id: first
            action: simulation.comment
            with: { text: "seen" }
          - id: pause
            wait: { for: 24h }
          - id: triage
            switch: "${{ alert.severity_id }}"
            cases:
              "3":
                - id: medium
                  action: simulation.comment
                  with: { text: "medium" }
            default:
              - id: other
                action: simulation.comment
                with: { text: "other" }
        """;

    /// <summary>Posts a body carrying a token to a webhook: the token must never show in a trace.</summary>
    public const string PostsAToken = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: posts-a-token, name: Posts a token, version: 1 }
        inputs:
          token: { type: string, required: true }
          level: { type: number, default: 1 }
        steps:
          - id: post
            action: webhook.post
            with:
              endpoint: soc
              body: { api_token: "${{ inputs.token }}", level: "${{ inputs.level }}" }
        """;

    /// <summary>A lookup the host refuses (not an IP), retried once: both failures must show.</summary>
    public const string RetriedLookup = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: retried, name: Retried lookup }
        steps:
          - id: look
            action: simulation.lookup_ip
            with: { ip: "not-an-ip" }
            retry: { attempts: 2, delay: 1m, on: [invalid_input] }
        """;
}
