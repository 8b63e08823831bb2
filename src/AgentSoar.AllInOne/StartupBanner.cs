using AgentSoar.Console.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AgentSoar.AllInOne;

/// <summary>Tells the newcomer where AgentSoar listens and where the admin key is (the path, never the key).</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "(no HTTP address)";
        var keyFile = app.Services.GetRequiredService<ApiKeyStore>().BootstrapKeyPath;
        System.Console.WriteLine();
        System.Console.WriteLine($"AgentSoar all-in-one is up: API at {url}/api/v1 (health: {url}/health)");
        if (keyFile is not null)
        {
            System.Console.WriteLine($"Admin API key: in {keyFile} (send it as 'Authorization: Bearer <key>')");
        }

        System.Console.WriteLine();
    }
}
