using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed record ProcessInput(
    [Description("The host the process runs on.")] string Hostname,
    [Description("The process: an image name such as powershell.exe, or a process id.")] string Process)
{
    public ActionFailure? Check() => string.IsNullOrWhiteSpace(Hostname) || string.IsNullOrWhiteSpace(Process)
        ? ActionFailure.InvalidInput("hostname and process must not be empty.")
        : null;
}
