#!/usr/bin/env bash
# Starts RabbitMQ and PostgreSQL from Debian's packages on loopback (and installs what the connector
# tests run themselves: slapd, ldap-utils, nftables, iproute2, and chromium for the console's browser tests), each with a private data folder
# and free ports, for the tests and the local distributed mode. Source this file, then call
#   servers_install            # apt-get installs what is missing
#   servers_start DIR          # starts both; exports AGENTSOAR_RABBITMQ_PORT, AGENTSOAR_POSTGRES_PORT, ...
#   servers_stop               # stops both (safe to call twice; call it from an EXIT trap)

servers_log() { printf '[servers] %s\n' "$*" >&2; }

servers_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

servers_install() {
  local missing=()
  command -v rabbitmq-server >/dev/null 2>&1 || missing+=(rabbitmq-server)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  # The connectors' tests start their own slapd and make their own network namespaces with nft.
  command -v slapd >/dev/null 2>&1 || [ -x /usr/sbin/slapd ] || missing+=(slapd)
  command -v ldapadd >/dev/null 2>&1 || missing+=(ldap-utils)
  command -v nft >/dev/null 2>&1 || [ -x /usr/sbin/nft ] || missing+=(nftables)
  command -v ip >/dev/null 2>&1 || [ -x /usr/sbin/ip ] || missing+=(iproute2)
  ls /usr/lib/*/libldap*.so.* >/dev/null 2>&1 || missing+=(libldap-2.5-0)
  # The console's browser tests drive Debian's Chromium through Playwright (which cannot fetch a browser of its own).
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  if [ ${#missing[@]} -gt 0 ]; then
    servers_log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  # The package starts a system node on install where an init system exists; ours are private.
  if command -v service >/dev/null 2>&1; then service rabbitmq-server stop >/dev/null 2>&1 || true; fi
}

servers_wait_port() { # port seconds
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.2
  done
  return 1
}

servers_start() {
  local dir=$1
  mkdir -p "$dir"
  chmod 755 "$dir" # the server users (rabbitmq, postgres) must reach their folders inside it
  SERVERS_DIR=$dir
  local pgbin
  pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")

  export AGENTSOAR_RABBITMQ_PORT=${AGENTSOAR_RABBITMQ_PORT:-$(servers_free_port)}
  export AGENTSOAR_POSTGRES_PORT=${AGENTSOAR_POSTGRES_PORT:-$(servers_free_port)}
  SERVERS_RABBIT_NODE="agentsoar$$@localhost"

  mkdir -p "$dir/rabbitmq" && chown -R rabbitmq:rabbitmq "$dir/rabbitmq"
  servers_log "RabbitMQ on 127.0.0.1:$AGENTSOAR_RABBITMQ_PORT ($dir/rabbitmq)"
  RABBITMQ_NODENAME=$SERVERS_RABBIT_NODE RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$AGENTSOAR_RABBITMQ_PORT \
    RABBITMQ_DIST_PORT=$(servers_free_port) RABBITMQ_MNESIA_BASE=$dir/rabbitmq/mnesia RABBITMQ_LOG_BASE=$dir/rabbitmq/log \
    RABBITMQ_ENABLED_PLUGINS_FILE=$dir/rabbitmq/enabled_plugins RABBITMQ_PID_FILE=$dir/rabbitmq/rabbit.pid \
    setsid rabbitmq-server >"$dir/rabbitmq.out" 2>&1 &
  SERVERS_RABBIT_PID=$!

  mkdir -p "$dir/postgres" && chown postgres:postgres "$dir/postgres"
  servers_log "PostgreSQL on 127.0.0.1:$AGENTSOAR_POSTGRES_PORT ($dir/postgres)"
  su postgres -s /bin/sh -c "$pgbin/initdb -D '$dir/postgres/data' -A trust -U agentsoar" >"$dir/postgres.init.log" 2>&1
  su postgres -s /bin/sh -c "$pgbin/pg_ctl -D '$dir/postgres/data' -o \"-p $AGENTSOAR_POSTGRES_PORT -k '$dir/postgres' -c listen_addresses=127.0.0.1 -c fsync=off\" -l '$dir/postgres/log' -w start" >/dev/null
  SERVERS_PGBIN=$pgbin

  if ! servers_wait_port "$AGENTSOAR_RABBITMQ_PORT" 90; then
    servers_log "RabbitMQ did not start; its log:"; tail -n 40 "$dir/rabbitmq.out" >&2; return 1
  fi
  export AGENTSOAR_TEST_POSTGRES="Host=127.0.0.1;Port=$AGENTSOAR_POSTGRES_PORT;Username=agentsoar;Database=postgres"
  export AGENTSOAR_TEST_RABBITMQ="127.0.0.1:$AGENTSOAR_RABBITMQ_PORT"
  # The node's name, for rabbitmqctl: the integration tests give each deployment a virtual host of its own.
  export AGENTSOAR_TEST_RABBITMQ_NODE=$SERVERS_RABBIT_NODE
  servers_log "both up"
}

servers_stop() {
  [ -n "${SERVERS_DIR:-}" ] || return 0
  if [ -n "${SERVERS_PGBIN:-}" ] && [ -d "$SERVERS_DIR/postgres/data" ]; then
    su postgres -s /bin/sh -c "$SERVERS_PGBIN/pg_ctl -D '$SERVERS_DIR/postgres/data' -m fast -w stop" >/dev/null 2>&1 || true
  fi
  if [ -n "${SERVERS_RABBIT_PID:-}" ]; then
    # The Erlang VM runs as the rabbitmq user under its own session: stop it by the pid it wrote,
    # and the wrapper's process group, then make sure both are gone.
    local beam
    beam=$(cat "$SERVERS_DIR/rabbitmq/rabbit.pid" 2>/dev/null || true)
    kill -TERM -- "-$SERVERS_RABBIT_PID" 2>/dev/null || true
    [ -n "$beam" ] && kill -TERM "$beam" 2>/dev/null || true
    for _ in $(seq 1 75); do
      { kill -0 "$SERVERS_RABBIT_PID" 2>/dev/null || { [ -n "$beam" ] && kill -0 "$beam" 2>/dev/null; }; } || break
      sleep 0.2
    done
    kill -KILL -- "-$SERVERS_RABBIT_PID" 2>/dev/null || true
    [ -n "$beam" ] && kill -KILL "$beam" 2>/dev/null || true
  fi
  SERVERS_DIR=
}
