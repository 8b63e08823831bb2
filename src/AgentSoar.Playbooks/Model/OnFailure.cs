namespace AgentSoar.Playbooks.Model;

public enum OnFailure
{
    /// <summary>The run fails.</summary>
    Fail,

    /// <summary>The failure is recorded and the run goes on with the next step.</summary>
    Continue,
}
