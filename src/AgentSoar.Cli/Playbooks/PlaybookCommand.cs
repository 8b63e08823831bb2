using System.CommandLine;
using AgentSoar.Cli.Playbooks.Running;
using AgentSoar.Cli.Playbooks.Testing;
using AgentSoar.Cli.Playbooks.Validation;

namespace AgentSoar.Cli.Playbooks;

/// <summary>The <c>agentsoar playbook</c> command group.</summary>
internal static class PlaybookCommand
{
    public static Command Create(TimeProvider time) =>
        new("playbook", "Work with response playbooks (YAML files, apiVersion agentsoar/v1).")
        {
            ValidateCommand.Create(),
            TestCommand.Create(),
            PlaybookRunCommand.Create(time),
        };
}
