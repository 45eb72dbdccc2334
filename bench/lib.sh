# shellcheck shell=bash
# Helpers shared by bench/run and bench/smoke. Sourced, not executed.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/.work"
PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
export PGHOST PGPORT PGUSER
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
mkdir -p "$WORK"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

ensure_postgres() {
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    log "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
    for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
}

ensure_wrk() {
  command -v wrk >/dev/null && return
  log "installing wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
}

# Builds the jar when it is missing or older than any source file.
ensure_jar() {
  if [[ ! -f "$JAR" ]] || [[ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -type f -print -quit)" ]]; then
    log "building the service (./mvnw -q package -DskipTests)"
    (cd "$ROOT" && ./mvnw -q package -DskipTests >"$WORK/build.log" 2>&1) || { tail -50 "$WORK/build.log"; exit 1; }
  fi
}

ensure_postgraphile() {
  if [[ ! -x "$BENCH/.postgraphile/node_modules/.bin/postgraphile" ]]; then
    log "installing PostGraphile 4.14.1 (npm)"
    (cd "$BENCH/.postgraphile" && npm install --no-audit --no-fund postgraphile@4.14.1 >"$WORK/npm.log" 2>&1)
  fi
}

# An RSA key pair for editor tokens (the prod profile refuses the dev key).
ensure_keys() {
  if [[ ! -f "$WORK/jwt-private.pem" ]]; then
    openssl genrsa -out "$WORK/jwt-private.pem" 2048 2>/dev/null
    openssl rsa -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem" 2>/dev/null
  fi
}
ISSUER=stancegraph-bench
mint_token() { "$ROOT/.ci/mint-jwt" "$WORK/jwt-private.pem" "$ISSUER" bench-editor editor; }

psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

fresh_db() {
  local db=$1
  psqlq -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
}

# The AppCDS archive built with the jar: the JVM accepts it only when started from the folder that holds it,
# so start_service runs there (the archive records the class path as the build saw it).
cds_option() {
  [[ -f "$(dirname "$JAR")/app-cds.jsa" ]] && echo "-XX:SharedArchiveFile=app-cds.jsa"
}

# start_service DB PORT: starts the packaged jar in the background; sets SVC_PID and READY_MS.
start_service() {
  local db=$1 port=$2 t0
  t0=$(date +%s%N)
  (cd "$(dirname "$JAR")" && DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=postgres QUARKUS_HTTP_PORT=$port \
    MP_JWT_VERIFY_PUBLICKEY="$(cat "$WORK/jwt-public.pem")" MP_JWT_VERIFY_ISSUER=$ISSUER \
    exec java ${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseParallelGC} $(cds_option) -jar "$JAR" >"$WORK/service-$port.log" 2>&1) &
  SVC_PID=$!
  for _ in $(seq 1200); do
    if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then
      READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
      return 0
    fi
    kill -0 $SVC_PID 2>/dev/null || { tail -40 "$WORK/service-$port.log"; log "service died"; exit 1; }
    sleep 0.05
  done
  log "service not ready after 60 s"; exit 1
}

stop_pid() { local pid=${1:-}; [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; }

# load_data SCALE DB: generate CSVs and COPY them into the Flyway-created schema, then ANALYZE.
load_data() {
  local scale=$1 db=$2 dir="$WORK/data-$1" t0 t1
  t0=$(date +%s)
  python3 "$BENCH/gen.py" --scale "$scale" "$dir"
  psqlq -d "$db" <<SQL
\copy outlet (id, name, url) from '$dir/outlet.csv' csv
\copy topic (id, slug, name, description) from '$dir/topic.csv' csv
\copy actor (id, kind, name, description) from '$dir/actor.csv' csv
\copy actor_alias (id, actor_id, alias) from '$dir/actor_alias.csv' csv
\copy affiliation (id, member_id, organization_id, role, started_on, ended_on) from '$dir/affiliation.csv' csv
\copy article (id, url, canonical_url, title, outlet_id, authors, published_on, language, body, content_hash) from '$dir/article.csv' csv
\copy statement (id, article_id, speaker_id, on_behalf_of_id, attribution, kind, text, cue, said_on, said_on_precision, start_offset, end_offset, responds_to_id, effective_on, retracted) from '$dir/statement.csv' csv
\copy statement_mention (statement_id, actor_id) from '$dir/statement_mention.csv' csv
alter table stance disable trigger position_stance_inserted;
\copy stance (id, statement_id, topic_id, label, confidence) from '$dir/stance.csv' csv
alter table stance enable trigger position_stance_inserted;
insert into revision (statement_id, entity_type, entity_id, action, by_subject, detail)
  select id, 'Statement', id, 'CREATED', 'bench-loader', null from statement;
SQL
  # identity sequences past the loaded IDs, so ingestion does not collide
  for t in outlet topic actor actor_alias affiliation article statement stance revision; do
    psqlq -d "$db" -Atc "select setval(pg_get_serial_sequence('$t', 'id'), coalesce((select max(id) from $t), 0) + 1, false)" >/dev/null
  done
  psqlq -d "$db" -c "vacuum analyze"
  # positions folded once for the whole load (the stance trigger was off during the COPY), then analysed too
  psqlq -d "$db" -c "set jit = off" -c "select position_rebuild()" -c "vacuum analyze position_stance, position_credit, position_day, topic_day"
  t1=$(date +%s)
  LOAD_SECONDS=$((t1 - t0))
}
