namespace AgentSoar.Playbooks.Model;

/// <summary>What an analyst may answer to an approval step's question.</summary>
public enum AnswerKind
{
    /// <summary><c>yes</c> or <c>no</c>.</summary>
    YesNo,

    /// <summary>One of the step's <c>choices</c>.</summary>
    Choice,

    /// <summary>Free text.</summary>
    Text,
}
