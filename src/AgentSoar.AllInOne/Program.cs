using AgentSoar.AllInOne;
using AgentSoar.ConnectorHost;
using AgentSoar.Console;
using AgentSoar.Console.Ui;
using AgentSoar.Coordinator;
using AgentSoar.Hosting;
using AgentSoar.Hosting.Bus;
using AgentSoar.Hosting.Health;
using AgentSoar.Planner;
using Microsoft.Extensions.Configuration.Memory;

// All four tiers in one process on the in-memory bus: what a newcomer starts first.
var builder = WebApplication.CreateBuilder(args);
var dataPath = builder.Configuration["AgentSoar:DataPath"] ?? ".data";
builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = AllInOneDefaults.For(dataPath) });
builder.Configuration.Sources.Insert(1, new MemoryConfigurationSource { InitialData = CasesConnectorKey.Settings(builder.Configuration) });
Directory.CreateDirectory(dataPath);

builder.AddAgentSoarDefaults("all-in-one");
builder.AddAgentSoarConsole();
builder.AddAgentSoarConsoleUi();
builder.AddAgentSoarCoordinator();
builder.AddAgentSoarPlanner();
builder.AddAgentSoarConnectors();
builder.AddAgentSoarBus();

var app = builder.Build();
app.MapAgentSoarApi();
app.MapAgentSoarConsoleUi();
app.MapAgentSoarHealth();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
app.Run();

