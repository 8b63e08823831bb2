# One image for the four services; the command picks the service:
#   docker run agentsoar AgentSoar.Coordinator.dll
# Untested here: no Docker engine runs on the machines this project is built on.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/AgentSoar.Console -c Release -o /app/console \
 && dotnet publish src/AgentSoar.Coordinator -c Release -o /app/coordinator \
 && dotnet publish src/AgentSoar.Planner -c Release -o /app/planner \
 && dotnet publish src/AgentSoar.ConnectorHost -c Release -o /app/connectorhost

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app /app
COPY playbooks /app/playbooks
COPY config /app/config
RUN useradd --system --uid 10001 agentsoar
USER agentsoar
ENV ASPNETCORE_URLS=http://0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["dotnet"]
