#!/usr/bin/env bash
# bench-inspect.sh — time `strata inspect URL` side by side with
# `pg_dump --schema-only` on a corpus schema, alternating runs so that both
# see the same machine load, and report medians and peak memory (max RSS).
#
#   scripts/bench-inspect.sh [CORPUS] [RUNS]     (defaults: gitlab 5)
#
# The schema is loaded once into database strata_bench_<CORPUS> on the
# server in STRATA_TEST_DATABASE_URL (default: postgres@127.0.0.1:5432) and
# kept for later runs. Needs psql, pg_dump and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-gitlab}
runs=${2:-5}
server=${STRATA_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
corpus_dir=${STRATA_CORPUS_DIR:-../shared/corpus}
file=$corpus_dir/$corpus/schema.sql
db=strata_bench_$corpus
[[ -f $file ]] || { echo "bench-inspect: $file not found (set STRATA_CORPUS_DIR)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench-inspect: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
url=$(python3 -c 'import sys,urllib.parse as u; p=u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/"+sys.argv[2])))' "$server" "$db")

if ! psql -X -Atq -d "$server" -c "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  echo "loading $file into $db (once)" >&2
  psql -X -q -d "$server" -c "create database $db"
  PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -d "$url" -f "$file" >/dev/null
fi

go build -o /tmp/strata-bench ./cmd/strata
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$tmp/dump.$i" pg_dump --schema-only -f "$tmp/schema-dump.sql" -d "$url"
  /usr/bin/time -f "%e %M" -o "$tmp/strata.$i" /tmp/strata-bench inspect "$url" >"$tmp/model.json"
done
summary() { # name files...
  local name=$1; shift
  sort -n -k1,1 "$@" | awk -v n="$name" '{t[NR]=$1; if ($2>m) m=$2} END {
    printf "%-22s median %6.2f s  min %6.2f s  max %6.2f s  peak RSS %6.1f MiB\n", n, t[int((NR+1)/2)], t[1], t[NR], m/1024 }'
}
echo "corpus $corpus, $runs alternating runs each, load average $(cut -d' ' -f1-3 /proc/loadavg)"
summary "pg_dump --schema-only" "$tmp"/dump.*
summary "strata inspect" "$tmp"/strata.*
