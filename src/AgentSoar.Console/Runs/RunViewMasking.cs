using AgentSoar.Contracts.Queries;
using AgentSoar.Contracts.Secrets;

namespace AgentSoar.Console.Runs;

/// <summary>
/// Masks secret-named fields (see <see cref="SecretFields"/>) in the inputs and outputs of runs and
/// their steps before the API returns them. The Coordinator masks its views already; the API is the
/// edge secrets must never cross, so it masks whatever view it is given (one from an older replica too).
/// </summary>
public static class RunViewMasking
{
    public static RunView Mask(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run with
        {
            Inputs = SecretFields.Mask(run.Inputs),
            Outputs = run.Outputs is { } outputs ? SecretFields.Mask(outputs) : null,
            Steps = [.. run.Steps.Select(Mask)],
        };
    }

    public static IReadOnlyList<RunView> Mask(IEnumerable<RunView> runs) => [.. runs.Select(Mask)];

    private static StepView Mask(StepView step) => step with
    {
        Inputs = step.Inputs is { } inputs ? SecretFields.Mask(inputs) : null,
        Output = step.Output is { } output ? SecretFields.Mask(output) : null,
    };
}
