using AgentSoar.Connectors.Sdk;

namespace AgentSoar.TestPlugin;

/// <summary>Returns the helper library version the plugin's load context resolved (compiled into each test plugin).</summary>
internal sealed class HelperVersionAction : ConnectorAction<HelperVersionInput, HelperVersionOutput>
{
    public override ActionMetadata Metadata { get; } = new("helper_version", "Says which helper library version the plugin loaded.", ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
    };

    public override Task<ActionResult<HelperVersionOutput>> ExecuteAsync(HelperVersionInput input, ActionContext context) =>
        Task.FromResult<ActionResult<HelperVersionOutput>>(new HelperVersionOutput(
            AgentSoar.TestPlugin.Helper.HelperVersion.Value,
            typeof(AgentSoar.TestPlugin.Helper.HelperVersion).Assembly.GetName().Version!.ToString()));
}

/// <summary>No input.</summary>
public sealed record HelperVersionInput;

/// <summary>The helper's version constant and its assembly version.</summary>
/// <param name="Helper">The constant compiled into the helper.</param>
/// <param name="AssemblyVersion">The helper assembly's version.</param>
public sealed record HelperVersionOutput(string Helper, string AssemblyVersion);
