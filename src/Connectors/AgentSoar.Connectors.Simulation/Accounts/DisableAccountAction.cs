using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class DisableAccountAction(ISimulationJournal journal) : RecordingAction<AccountInput, AccountOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "disable_account",
        "Disables a user account so it can no longer sign in (simulated: nothing is disabled).",
        ActionRisk.High)
    {
        Idempotent = true,
        UndoAction = "enable_account",
        OpenC2 = new OpenC2Mapping("set", "er:account", "er"),
    };

    protected override ActionResult<AccountOutput> Run(AccountInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new AccountOutput(input.User, Disabled: true);

    protected override string Describe(AccountInput input) => $"would disable account {input.User}";
}
