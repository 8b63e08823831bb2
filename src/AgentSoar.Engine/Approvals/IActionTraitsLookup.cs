namespace AgentSoar.Engine.Approvals;

/// <summary>The connector catalog as the engine sees it; null means the action is unknown.</summary>
public interface IActionTraitsLookup
{
    ActionTraits? Find(string connector, string action);
}
