using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class ResetPasswordAction(ISimulationJournal journal) : RecordingAction<AccountInput, PasswordResetOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "reset_password",
        "Forces a password change at next sign-in; the old password stops working (simulated).",
        ActionRisk.High)
    {
        Idempotent = false,
    };

    protected override ActionResult<PasswordResetOutput> Run(AccountInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new PasswordResetOutput(input.User, MustChangePassword: true);

    protected override string Describe(AccountInput input) => $"would reset the password of {input.User}";
}
