using System.ComponentModel;
using System.Net;

namespace AgentSoar.Connectors.Simulation;

internal sealed record LookupIpInput([Description("The address to look up.")] IPAddress Ip);
