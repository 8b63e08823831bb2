namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>The all-in-one mode, started exactly as the README says, with its own data folder.</summary>
public sealed class AllInOneDeployment : Deployment
{
    private readonly string _data = Directory.CreateTempSubdirectory("agentsoar-aio-").FullName;
    private ServiceProcess? _process;

    public override IReadOnlyList<ServiceProcess> Processes => _process is null ? [] : [_process];

    /// <param name="settings">Settings on top of the common ones, as environment variables (<c>AgentSoar__...</c>).</param>
    public static async Task<AllInOneDeployment> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var deployment = new AllInOneDeployment();
        var environment = deployment.CommonEnvironment();
        environment["AgentSoar__DataPath"] = deployment._data;
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        deployment._process = ServiceProcess.Start("AgentSoar.AllInOne", environment, "--urls", deployment.ApiBase);
        await deployment.WaitUntilReadyAsync($"{deployment.ApiBase}/health");
        return deployment;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
