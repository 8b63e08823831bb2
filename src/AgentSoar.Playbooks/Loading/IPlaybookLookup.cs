using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Loading;

/// <summary>Finds the playbook in service with a given id: what a <c>playbook</c> step calls.</summary>
public interface IPlaybookLookup
{
    Playbook? Find(string id);
}
