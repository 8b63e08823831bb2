namespace AgentSoar.Engine.Commands;

/// <summary>Something the Coordinator must do after it has saved the new state (in the same transaction, via the outbox).</summary>
public abstract record RunCommand;
