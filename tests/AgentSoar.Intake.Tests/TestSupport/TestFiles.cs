namespace AgentSoar.Intake.Tests.TestSupport;

/// <summary>The test project's own sample alerts (TestData/, copied beside the tests).</summary>
internal static class TestFiles
{
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", relativePath));
}
