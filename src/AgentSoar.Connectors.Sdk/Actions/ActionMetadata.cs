namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// What the rest of the system knows of an action before running it: the planner shows the
/// description to the model, the approval gate keys on <see cref="Risk"/> and <see cref="Mutating"/>,
/// and a finished run is rolled back through <see cref="UndoAction"/>.
/// </summary>
/// <remarks>
/// The defaults are the cautious ones: an action is assumed to change something and not to be
/// safe to repeat until it says otherwise. A read-only action sets <c>Mutating = false</c> and
/// <c>Idempotent = true</c>.
/// </remarks>
/// <param name="Name">
/// The action's name as playbooks write it after the connector name (<c>firewall.block_ip</c>):
/// lowercase letters, digits, <c>_</c> and <c>-</c>, starting with a letter. The host refuses to
/// start with any other name.
/// </param>
/// <param name="Description">One or two plain sentences saying what the action does to what.</param>
/// <param name="Risk">How much harm a wrong execution can do.</param>
public sealed record ActionMetadata(string Name, string Description, ActionRisk Risk)
{
    /// <summary>Whether the action changes anything outside AgentSoar. Default <see langword="true"/>.</summary>
    public bool Mutating { get; init; } = true;

    /// <summary>
    /// Whether running the action twice with the same input has the same effect as running it once.
    /// Default <see langword="false"/>. The host retries either way; this tells the planner and the
    /// analyst what a retry may cost.
    /// </summary>
    public bool Idempotent { get; init; }

    /// <summary>
    /// The name of the action of the same connector that reverses this one (<c>unblock_ip</c> for
    /// <c>block_ip</c>), or <see langword="null"/> when the action cannot be undone. The host refuses
    /// to start when the named action does not exist.
    /// </summary>
    public string? UndoAction { get; init; }

    /// <summary>Whether the action can be reversed, i.e. it names an <see cref="UndoAction"/>.</summary>
    public bool Reversible => UndoAction is not null;

    /// <summary>The equivalent OpenC2 command, when there is one.</summary>
    public OpenC2Mapping? OpenC2 { get; init; }
}
