using AgentSoar.Coordinator;
using AgentSoar.Hosting;
using AgentSoar.Hosting.Bus;
using AgentSoar.Hosting.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddAgentSoarDefaults("coordinator");
builder.AddAgentSoarCoordinator();
builder.AddAgentSoarBus();

var app = builder.Build();
app.MapAgentSoarHealth();
app.Run();
