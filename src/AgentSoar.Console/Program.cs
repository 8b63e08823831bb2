using AgentSoar.Console;
using AgentSoar.Hosting;
using AgentSoar.Hosting.Bus;
using AgentSoar.Hosting.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddAgentSoarDefaults("console");
builder.AddAgentSoarConsole();
builder.AddAgentSoarBus();

var app = builder.Build();
app.MapAgentSoarApi();
app.MapAgentSoarHealth();
app.Run();
