#!/usr/bin/env bash
# The distributed mode on one machine: RabbitMQ and PostgreSQL from Debian's packages (private data
# folder, loopback only), then the four services as separate processes talking only through RabbitMQ.
# Ctrl-C (or any exit) stops everything.
#   scripts/dev-up.sh            # API on http://127.0.0.1:5080
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/servers.sh

API_PORT=${API_PORT:-5080}
data=${AGENTSOAR_DEV_DATA:-$PWD/.data/distributed}
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  servers_stop
}
trap stop_all EXIT INT TERM

servers_install
rm -rf "$data/servers"
servers_start "$data/servers"
psql -h 127.0.0.1 -p "$AGENTSOAR_POSTGRES_PORT" -U agentsoar -d postgres -qc "CREATE DATABASE agentsoar" >/dev/null

dotnet build AgentSoar.sln -c Release -nologo -clp:ErrorsOnly

mkdir -p "$data"
[ -f "$data/admin.key" ] || (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' | sed 's/^/as_/' > "$data/admin.key")
export AgentSoar__Bus__Transport=rabbitmq AgentSoar__Bus__Host=127.0.0.1 AgentSoar__Bus__Port=$AGENTSOAR_RABBITMQ_PORT
export AgentSoar__Storage__Provider=postgresql
export AgentSoar__Storage__ConnectionString="Host=127.0.0.1;Port=$AGENTSOAR_POSTGRES_PORT;Username=agentsoar;Database=agentsoar"
export AgentSoar__Coordinator__ApprovalPolicyPath=config/approval-policy.yaml
export AgentSoar__Api__BootstrapKeyFile=$data/admin.key
export AgentSoar__Connectors__Simulation=${AgentSoar__Connectors__Simulation:-true}
# The cases connector works on this AgentSoar's own incidents through the API, with a key of its own
# made for this start only; it acts for real even when the other connectors simulate.
cases_key=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' | sed 's/^/as_/')
export AgentSoar__Api__InternalKeys__0__Name=cases-connector AgentSoar__Api__InternalKeys__0__Key=$cases_key AgentSoar__Api__InternalKeys__0__Roles__0=analyst
export AgentSoar__Connectors__cases__ApiUrl=http://127.0.0.1:$API_PORT AgentSoar__Connectors__cases__ApiKey=$cases_key AgentSoar__Connectors__cases__Simulation=false

start() { # project port
  dotnet "src/$1/bin/Release/net10.0/$1.dll" --urls "http://127.0.0.1:$2" > "$data/$1.log" 2>&1 &
  pids+=($!)
  echo "started $1 (health: http://127.0.0.1:$2/health, log: $data/$1.log)"
}
start AgentSoar.Coordinator $((API_PORT + 1))
start AgentSoar.Planner $((API_PORT + 2))
start AgentSoar.ConnectorHost $((API_PORT + 3))
start AgentSoar.Console "$API_PORT"

echo
echo "AgentSoar (distributed) API: http://127.0.0.1:$API_PORT/api/v1 — admin key in $data/admin.key. Ctrl-C stops everything."
wait
