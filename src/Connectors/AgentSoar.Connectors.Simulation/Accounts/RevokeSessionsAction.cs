using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class RevokeSessionsAction(ISimulationJournal journal) : RecordingAction<AccountInput, SessionsOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "revoke_sessions",
        "Signs a user out everywhere by revoking their sessions and refresh tokens (simulated).",
        ActionRisk.Medium)
    {
        Idempotent = true,
    };

    protected override ActionResult<SessionsOutput> Run(AccountInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new SessionsOutput(input.User, SessionsRevoked: true);

    protected override string Describe(AccountInput input) => $"would revoke every session of {input.User}";
}
