using System.ComponentModel;
using System.Net;

namespace AgentSoar.Connectors.Simulation;

internal sealed record BlockIpInput(
    [Description("The address to block.")] IPAddress Ip,
    [Description("How long the block lasts; omitted, it lasts until unblock_ip.")] TimeSpan? Duration = null);
