#!/usr/bin/env bash
# Builds everything and runs every test, the integration tests included, against real RabbitMQ and
# PostgreSQL servers it installs (when missing) and starts privately, and stops even when tests fail.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/servers.sh

servers_install
work=$(mktemp -d "${TMPDIR:-/tmp}/agentsoar-test.XXXXXX")
trap 'servers_stop; rm -rf "$work"' EXIT
servers_start "$work"

dotnet build AgentSoar.sln -c Release -warnaserror -nologo -clp:ErrorsOnly
set +e
dotnet test AgentSoar.sln -c Release --no-build -nologo 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole suite, summed over the test assemblies.
sum() { grep -oE "$1: +[0-9]+" "$work/test.log" | awk '{ s += $NF } END { print s + 0 }'; }
echo "$(sum Passed) passed, $(sum Failed) failed, $(sum Skipped) skipped"
exit "$status"
