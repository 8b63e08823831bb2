using AgentSoar.Engine.Commands;

namespace AgentSoar.Engine.Runs;

/// <summary>The new state and what to do about it. <see cref="Changed"/> is false for a redelivered or stale event.</summary>
public sealed record EngineResult(RunState State, IReadOnlyList<RunCommand> Commands, bool Changed);
