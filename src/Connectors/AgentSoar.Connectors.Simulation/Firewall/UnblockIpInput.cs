using System.ComponentModel;
using System.Net;

namespace AgentSoar.Connectors.Simulation;

internal sealed record UnblockIpInput([Description("The address to unblock.")] IPAddress Ip);
