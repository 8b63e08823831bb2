using System.ComponentModel.DataAnnotations;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Tests.TestSupport;

public sealed class TestConnectorOptions
{
    [Range(0, 10)]
    public int Level { get; set; }

    [Secret]
    public string? Credential { get; set; }
}
