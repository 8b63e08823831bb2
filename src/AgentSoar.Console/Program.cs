using AgentSoar.Console;
using AgentSoar.Console.Ui;
using AgentSoar.Hosting;
using AgentSoar.Hosting.Bus;
using AgentSoar.Hosting.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddAgentSoarDefaults("console");
builder.AddAgentSoarConsole();
builder.AddAgentSoarConsoleUi();
builder.AddAgentSoarBus();

var app = builder.Build();
app.MapAgentSoarApi();
app.MapAgentSoarConsoleUi();
app.MapAgentSoarHealth();
app.Run();
