using System.Net;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.Console.BrowserTests.Infrastructure;

/// <summary>Console accounts made through the REST API with the deployment's admin API key, for tests that need more people than the first admin.</summary>
public static class Accounts
{
    /// <summary>Makes the account (the name is used as given, so pick one unique to the test) and fails the test if it can't.</summary>
    public static async Task CreateUserAsync(ConsoleFixture console, string name, string password, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(console);
        using var api = console.Deployment.Client(TestKeys.Admin);
        using var response = await api.PostAsync("/api/v1/users", new { user_name = name, display_name = name, password, roles });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"account {name} not made: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
