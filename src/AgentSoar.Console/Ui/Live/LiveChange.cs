namespace AgentSoar.Console.Ui.Live;

/// <summary>What browsers are told: which incident (and run) changed, and how. Only ids, states and the title: nothing a signed-in reader could not see on the page.</summary>
public sealed record LiveChange(string Kind, Guid IncidentId, Guid? RunId, string Status, string Change, DateTimeOffset At);
