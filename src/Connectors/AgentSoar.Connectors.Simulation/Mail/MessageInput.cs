using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed record MessageInput([Description("The message's Internet Message-ID.")] string MessageId)
{
    public ActionFailure? Check() => string.IsNullOrWhiteSpace(MessageId) ? ActionFailure.InvalidInput("message_id must not be empty.") : null;
}
