using AgentSoar.Console.Api;
using AgentSoar.Hosting;
using AgentSoar.Contracts.Accounts;
using Microsoft.Extensions.Options;

namespace AgentSoar.Console.Account;

/// <summary>Makes the first admin from <see cref="FirstAdminOptions"/> once the Coordinator answers; the Coordinator makes it only when there is no account.</summary>
public sealed partial class FirstAdminOnStart(
    CoordinatorClient coordinator, IOptions<FirstAdminOptions> options, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<FirstAdminOnStart> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.UserName))
        {
            return;
        }

        var password = settings.ReadPassword();
        if (password is null || password.Length < Passwords.MinLength)
        {
            LogWeakPassword(logger, FirstAdminOptions.Section, Passwords.MinLength);
            return;
        }

        await lifetime.WaitForStartedAsync(stoppingToken);
        var name = settings.UserName.Trim().ToLowerInvariant();
        var request = new CreateUser(name, settings.UserName.Trim(), Passwords.Hash(name, password), [AccountRoles.Admin], "console", OnlyIfNone: true);
        while (!stoppingToken.IsCancellationRequested)
        {
            var (created, failure) = await coordinator.AskAsync<CreateUser, UserCreated>(request, stoppingToken);
            if (failure is null)
            {
                LogFirstAdmin(logger, name, created!.Created, created.Detail);
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Section}: the first admin's password is missing or shorter than {MinLength} characters; no account was made.")]
    private static partial void LogWeakPassword(ILogger logger, string section, int minLength);

    [LoggerMessage(Level = LogLevel.Information, Message = "First admin {UserName}: created {Created} ({Detail}).")]
    private static partial void LogFirstAdmin(ILogger logger, string userName, bool created, string detail);
}
