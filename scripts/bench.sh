#!/usr/bin/env bash
# Runs the benchmark (docs/performance.md): builds the benchmark and the services in Release, starts
# private RabbitMQ and PostgreSQL servers on loopback (scripts/servers.sh), runs the raw RabbitMQ
# baseline, the all-in-one pipeline and the distributed one (with its storm, containment race and
# approval path), prints a table and writes a JSON file, and stops the servers on exit, also when the
# run fails.
#   scripts/bench.sh                      # moderate sizes (a few minutes)
#   scripts/bench.sh --smoke              # tiny sizes: checks it completes and its counts are exact
#   scripts/bench.sh --out FILE ...       # any option of the benchmark (--help lists them)
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build bench/AgentSoar.Benchmarks -c Release -warnaserror -nologo -clp:ErrorsOnly
bench=bench/AgentSoar.Benchmarks/bin/Release/net10.0/AgentSoar.Benchmarks.dll
if [ "${1:-}" = "--help" ]; then exec dotnet "$bench" --help; fi
for service in AllInOne Coordinator Planner ConnectorHost Console; do
  dotnet build "src/AgentSoar.$service" -c Release -warnaserror -nologo -clp:ErrorsOnly
done

source scripts/servers.sh
servers_install
work=$(mktemp -d "${TMPDIR:-/tmp}/agentsoar-bench.XXXXXX")
trap 'servers_stop; rm -rf "$work"' EXIT
servers_start "$work"

dotnet "$bench" --rabbitmq "$AGENTSOAR_TEST_RABBITMQ" "$@"
