using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class EnableAccountAction(ISimulationJournal journal) : RecordingAction<AccountInput, AccountOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "enable_account",
        "Enables a disabled user account again (simulated: nothing is changed).",
        ActionRisk.Medium)
    {
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("set", "er:account", "er"),
    };

    protected override ActionResult<AccountOutput> Run(AccountInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new AccountOutput(input.User, Disabled: false);

    protected override string Describe(AccountInput input) => $"would enable account {input.User}";
}
