namespace AgentSoar.ConnectorHost.Plugins;

/// <summary>A plugin (its folder's name) that could not be loaded, and why.</summary>
public sealed record PluginFailure(string Plugin, string Reason);
