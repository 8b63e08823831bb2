namespace AgentSoar.Engine.Commands;

/// <summary>A step (or, with no step, the run) changed status: tell live views.</summary>
public sealed record NotifyStepChanged(string? StepId, string Status) : RunCommand;
