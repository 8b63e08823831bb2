using System.Text;

namespace AgentSoar.Playbooks.Tests.Schema;

/// <summary>Enum member names as playbooks write them: <c>OnFailure.Continue</c> is <c>continue</c>, a <c>RunAway</c> would be <c>run_away</c>.</summary>
internal static class SnakeCase
{
    public static IReadOnlyList<string> Names<T>()
        where T : struct, Enum =>
        Enum.GetNames<T>().Select(Convert).ToList();

    public static string Convert(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
