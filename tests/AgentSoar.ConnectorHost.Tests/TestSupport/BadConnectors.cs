using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Tests.TestSupport;

public sealed class BadlyNamedConnector : Connector
{
    public override string Name => "Bad Name";

    public override string Description => "Has a name no queue or playbook accepts.";

    public override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup) => [];
}

public sealed class DanglingUndoConnector : Connector
{
    public override string Name => "dangling";

    public override string Description => "Names an undo action it does not have.";

    public override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup) => [new DanglingUndoAction()];

    private sealed class DanglingUndoAction : ConnectorAction<EmptyInput, EchoOutput>
    {
        public override ActionMetadata Metadata { get; } = new("block", "Blocks.", ActionRisk.High) { UndoAction = "unblock" };

        public override Task<ActionResult<EchoOutput>> ExecuteAsync(EmptyInput input, ActionContext context) =>
            Task.FromResult<ActionResult<EchoOutput>>(new EchoOutput("x", 1));
    }
}
