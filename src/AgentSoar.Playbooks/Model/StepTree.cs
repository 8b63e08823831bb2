namespace AgentSoar.Playbooks.Model;

/// <summary>Walks the nested step tree.</summary>
public static class StepTree
{
    public static IEnumerable<Step> Flatten(IEnumerable<Step> steps)
    {
        foreach (var step in steps)
        {
            yield return step;
            foreach (var child in Flatten(step.Children))
            {
                yield return child;
            }
        }
    }

    public static Step? Find(IEnumerable<Step> steps, string id) =>
        Flatten(steps).FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}
