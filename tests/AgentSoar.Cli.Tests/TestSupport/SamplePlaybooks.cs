namespace AgentSoar.Cli.Tests.TestSupport;

/// <summary>Playbook texts for the tests. Line numbers matter: the expected positions are written against these texts.</summary>
internal static class SamplePlaybooks
{
    /// <summary>A valid playbook with the given id, using a real action of the simulation connector.</summary>
    public static string Valid(string id) => $"""
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata:
          id: {id}
          name: A valid playbook
          version: 1
          description: Leaves a comment.
        steps:
          - id: note
            action: simulation.comment
            with: {"{"} text: "checked" {"}"}
        """;

    /// <summary>A playbook test file (it sits beside its playbook), which is YAML but not a playbook.</summary>
    public static string TestFile(string playbookId) => $"""
        playbook: {playbookId}
        cases: []
        """;

    /// <summary>
    /// Four mistakes of four kinds: an unknown key (line 8), an unknown connector (line 11), a <c>with</c> key the real
    /// action does not take (line 15) and an expression that does not parse (line 17).
    /// </summary>
    public const string Broken = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata:
          id: broken
          name: Broken on purpose
          version: 1
          description: Each mistake below is a different kind.
        stepz: []
        steps:
          - id: block
            action: firewall.block_ip
            with: { ip: "203.0.113.9" }
          - id: note
            action: simulation.comment
            with: { txt: "hello" }
          - id: check
            if: "${{ alert.severity_id >= }}"
            then:
              - id: done
                action: simulation.comment
                with: { text: "checked" }
        """;

    /// <summary>A flow sequence never closed: the YAML parser fails at the end of the file (line 6).</summary>
    public const string SyntaxError = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata:
          id: syntax
          name: [unclosed

        """;

    /// <summary>Valid in every way except that its one action belongs to a connector this build does not have.</summary>
    public const string ForeignConnector = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata:
          id: foreign
          name: Written for another connector
          version: 1
          description: Blocks at a firewall this build has no connector for.
        steps:
          - id: block
            action: firewall.block_ip
            with: { ip: "203.0.113.9" }
        """;
}
