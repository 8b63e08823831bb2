using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Conformance.Tests.Kit;

internal sealed record TextInput([Description("Any text.")] string Text);

internal sealed record TextOutput([Description("The text.")] string Text);

internal sealed class LambdaAction(ActionMetadata metadata, Func<TextInput, ActionContext, Task<ActionResult<TextOutput>>> run) : ConnectorAction<TextInput, TextOutput>
{
    public override ActionMetadata Metadata => metadata;

    public override Task<ActionResult<TextOutput>> ExecuteAsync(TextInput input, ActionContext context) => run(input, context);

    public override Task<ActionResult<TextOutput>> SimulateAsync(TextInput input, ActionContext context) =>
        Task.FromResult<ActionResult<TextOutput>>(new TextOutput(input.Text));
}

/// <summary>Puts its API key in its output: the host masks it, the kit must still see the connector leak it.</summary>
internal sealed class LeakyConnector : Connector
{
    public override string Name => "leaky";

    public override string Description => "Leaks its key.";

    public override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup) =>
        [new LambdaAction(new("echo", "Echoes.", ActionRisk.Low), (input, context) =>
            Task.FromResult<ActionResult<TextOutput>>(new TextOutput($"{input.Text} {context.Secrets.GetSecret("ApiKey")}")))];
}

/// <summary>Ignores its cancellation token.</summary>
internal sealed class DeafConnector : Connector
{
    public override string Name => "deaf";

    public override string Description => "Never listens.";

    public override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup) =>
        [new LambdaAction(new("wait", "Waits.", ActionRisk.Low), async (input, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
            return new TextOutput(input.Text);
        })];
}

/// <summary>Throws on an input it does not like instead of returning InvalidInput.</summary>
internal sealed class ThrowingConnector : Connector
{
    public override string Name => "throwing";

    public override string Description => "Throws.";

    public override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup) =>
        [new LambdaAction(new("check", "Checks.", ActionRisk.Low), (input, _) => input.Text == "bad"
            ? throw new ArgumentException("bad text")
            : Task.FromResult<ActionResult<TextOutput>>(new TextOutput(input.Text)))];
}

/// <summary>Maps an action to an OpenC2 action that does not exist.</summary>
internal sealed class BadMetadataConnector : Connector
{
    public override string Name => "bad-metadata";

    public override string Description => "Maps to a made-up OpenC2 action.";

    public override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup) =>
        [new LambdaAction(new("zap", "Zaps.", ActionRisk.High) { OpenC2 = new OpenC2Mapping("zap", "ipv4_net") }, (input, _) =>
            Task.FromResult<ActionResult<TextOutput>>(new TextOutput(input.Text)))];
}
