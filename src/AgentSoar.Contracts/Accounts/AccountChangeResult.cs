namespace AgentSoar.Contracts.Accounts;

/// <summary>The answer to a change of an account: the outcome, why, and the account as it is now (null when not found).</summary>
public sealed record AccountChangeResult(AccountChangeOutcome Outcome, string Detail, UserSummary? User);
