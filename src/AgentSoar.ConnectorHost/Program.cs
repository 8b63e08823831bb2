using AgentSoar.ConnectorHost;
using AgentSoar.Hosting;
using AgentSoar.Hosting.Bus;
using AgentSoar.Hosting.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddAgentSoarDefaults("connector-host");
builder.AddAgentSoarConnectors();
builder.AddAgentSoarBus();

var app = builder.Build();
app.MapAgentSoarHealth();
app.Run();
