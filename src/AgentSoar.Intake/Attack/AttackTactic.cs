namespace AgentSoar.Intake.Attack;

/// <summary>An ATT&amp;CK tactic: its id (null when the name is not a known tactic) and name.</summary>
/// <param name="Uid">The tactic id, e.g. <c>TA0005</c>.</param>
/// <param name="Name">The tactic name, e.g. <c>Stealth</c>.</param>
public sealed record AttackTactic(string? Uid, string Name);
