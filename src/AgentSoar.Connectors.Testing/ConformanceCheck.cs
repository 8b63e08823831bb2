namespace AgentSoar.Connectors.Testing;

/// <summary>One check of the conformance kit.</summary>
/// <param name="Name">Its name, which is also the name of its test in <see cref="ConnectorConformanceTests{TConnector}"/>.</param>
/// <param name="Description">What it checks, in a line.</param>
public sealed record ConformanceCheck(string Name, string Description);
