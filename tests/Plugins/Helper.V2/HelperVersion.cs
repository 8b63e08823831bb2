namespace AgentSoar.TestPlugin.Helper;

/// <summary>Says which build of the helper library was loaded.</summary>
public static class HelperVersion
{
    /// <summary>The helper's version, as built.</summary>
    public const string Value = "2";
}
