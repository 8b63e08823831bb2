namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// The untyped view of an action that the host reads and calls. Connector code derives from
/// <see cref="ConnectorAction{TInput, TOutput}"/>; this class cannot be derived from outside the SDK.
/// </summary>
public abstract class ConnectorAction
{
    private protected ConnectorAction()
    {
    }

    /// <summary>The action's name, description, risk and the rest of what the catalog shows.</summary>
    public abstract ActionMetadata Metadata { get; }

    /// <summary>The input record type; its JSON Schema is the action's input schema.</summary>
    public abstract Type InputType { get; }

    /// <summary>The output record type; its JSON Schema is the action's output schema.</summary>
    public abstract Type OutputType { get; }

    /// <summary>Called by the host: runs the action on an input already deserialised to <see cref="InputType"/>.</summary>
    /// <param name="input">The input, an instance of <see cref="InputType"/>.</param>
    /// <param name="context">The execution context.</param>
    /// <returns>The result.</returns>
    public abstract Task<ActionResult> InvokeAsync(object input, ActionContext context);

    /// <summary>Called by the host in simulation mode: reports what the action would do, changing nothing.</summary>
    /// <param name="input">The input, an instance of <see cref="InputType"/>.</param>
    /// <param name="context">The execution context.</param>
    /// <returns>The result.</returns>
    public abstract Task<ActionResult> InvokeSimulationAsync(object input, ActionContext context);
}
