using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Coordinator.DeadLetters;

/// <summary>How the dead letters are kept, bound from <c>AgentSoar:Coordinator:DeadLetters</c>.</summary>
public sealed class DeadLetterOptions
{
    public const string Section = "AgentSoar:Coordinator:DeadLetters";

    /// <summary>How many dead letters are kept (the newest). Each holds at most 64 KiB of body. Default 1000.</summary>
    [Range(1, 100_000, ErrorMessage = $"{Section}:Keep must be between 1 and 100000.")]
    public int Keep { get; set; } = 1000;
}
