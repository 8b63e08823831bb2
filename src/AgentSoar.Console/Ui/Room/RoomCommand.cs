namespace AgentSoar.Console.Ui.Room;

/// <summary>What a line typed in an incident room asks for.</summary>
public abstract record RoomCommand;

/// <summary>Plain words: kept in the room as the author's message, and read by the planner (a question, or a request it turns into a proposal).</summary>
public sealed record SayCommand(string Text) : RoomCommand;

/// <summary><c>/approve N [note]</c>: approve the room's N-th approval.</summary>
public sealed record ApproveCommand(int Number, string? Note) : RoomCommand;

/// <summary><c>/reject N reason</c>: reject the room's N-th approval; the reason is required.</summary>
public sealed record RejectCommand(int Number, string Reason) : RoomCommand;

/// <summary><c>/run PLAYBOOK key=value ...</c>: start a playbook on this incident.</summary>
/// <param name="Playbook">The playbook's id.</param>
/// <param name="Inputs">The inputs as typed.</param>
/// <param name="Quoted">The inputs whose value was quoted: text, even when it reads as a number or true/false.</param>
public sealed record RunCommand(string Playbook, IReadOnlyDictionary<string, string> Inputs, IReadOnlySet<string> Quoted) : RoomCommand;

/// <summary><c>/assign NAME</c>, <c>/assign me</c>, <c>/assign nobody</c>.</summary>
public sealed record AssignCommand(string? Assignee) : RoomCommand;

/// <summary><c>/close RESOLUTION [reason]</c>.</summary>
public sealed record CloseCommand(string Resolution, string? Reason) : RoomCommand;

/// <summary><c>/reopen [reason]</c>.</summary>
public sealed record ReopenCommand(string? Reason) : RoomCommand;

/// <summary><c>/rollback RUN [reason]</c>: RUN is the start of a run's id, as the room shows it.</summary>
public sealed record RollbackCommand(string RunIdPrefix, string? Reason) : RoomCommand;

/// <summary><c>/help</c>.</summary>
public sealed record HelpCommand : RoomCommand;

/// <summary>A slash command that could not be read, and why.</summary>
public sealed record InvalidCommand(string Problem) : RoomCommand;
