namespace AgentSoar.Intake.Mappings;

/// <summary>
/// Where ATT&amp;CK techniques and tactics come from. With <see cref="Each"/>, the other paths are relative to
/// each element it reaches, and each element's techniques go with that element's tactics.
/// <see cref="TechniqueNames"/> pairs with the techniques by position when both lists are the same length.
/// </summary>
internal sealed record AttackMapping(SourcePath? Each, IReadOnlyList<SourcePath> Techniques, SourcePath? TechniqueNames, IReadOnlyList<SourcePath> Tactics);
