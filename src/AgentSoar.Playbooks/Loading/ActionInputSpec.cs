namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// One declared input of a connector action, as the validator checks it: the JSON types it takes
/// (<c>string</c>, <c>number</c>, <c>integer</c>, <c>boolean</c>, <c>array</c>, <c>object</c>, <c>null</c>;
/// empty means any) and whether it must be given.
/// </summary>
public sealed record ActionInputSpec(IReadOnlySet<string> JsonTypes, bool Required);
