namespace AgentSoar.Connectors.Ldap.Tests.TestSupport;

/// <summary>The test classes that share one slapd; they run one after the other, each on its own users.</summary>
[CollectionDefinition(Name)]
public sealed class SlapdCollection : ICollectionFixture<SlapdServer>
{
    public const string Name = "slapd";
}
