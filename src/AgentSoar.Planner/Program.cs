using AgentSoar.Hosting;
using AgentSoar.Hosting.Bus;
using AgentSoar.Hosting.Health;
using AgentSoar.Planner;

var builder = WebApplication.CreateBuilder(args);
builder.AddAgentSoarDefaults("planner");
builder.AddAgentSoarPlanner();
builder.AddAgentSoarBus();

var app = builder.Build();
app.MapAgentSoarHealth();
app.Run();
