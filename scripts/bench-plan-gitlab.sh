#!/usr/bin/env bash
# bench-plan-gitlab.sh — time `strata plan --from URL --to schema.sql` end to
# end on the GitLab corpus: once with the database equal to the file (an
# empty plan), once with a dozen edits deep in the schema (a column type
# under several views, a function used by triggers, a view, a trigger, an
# index, a constraint, a default, a comment, a new table, a dropped index).
#
#   scripts/bench-plan-gitlab.sh [RUNS]     (default: 5)
#
# The schema is loaded once into database strata_bench_gitlab on the server
# in STRATA_TEST_DATABASE_URL (default: postgres@127.0.0.1:5432) and kept
# (scripts/bench-inspect.sh uses the same database). Needs psql, python3 and
# GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
server=${STRATA_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
corpus_dir=${STRATA_CORPUS_DIR:-../shared/corpus}
file=$corpus_dir/gitlab/schema.sql
db=strata_bench_gitlab
[[ -f $file ]] || { echo "bench-plan-gitlab: $file not found (set STRATA_CORPUS_DIR)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench-plan-gitlab: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
url=$(python3 -c 'import sys,urllib.parse as u; p=u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/"+sys.argv[2])))' "$server" "$db")

if ! psql -X -Atq -d "$server" -c "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  echo "loading $file into $db (once)" >&2
  psql -X -q -d "$server" -c "create database $db"
  PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -d "$url" -f "$file" >/dev/null
fi

go build -o /tmp/strata-bench ./cmd/strata
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$file" "$tmp/edited.sql" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
s = open(src).read()
def edit(old, new):
    global s
    assert s.count(old) == 1, old
    s = s.replace(old, new)
# 1-2: column types under views (routes.name is used by four views).
edit("    path character varying NOT NULL,\n    created_at timestamp without time zone,\n    updated_at timestamp without time zone,\n    name character varying,\n",
     "    path character varying NOT NULL,\n    created_at timestamp without time zone DEFAULT now(),\n    updated_at timestamp without time zone,\n    name text,\n")
# 3: a function that triggers use, body changed (CREATE OR REPLACE).
edit("NEW.\"id\" := nextval('ci_runners_id_seq'::regclass);", "NEW.\"id\" := nextval('ci_runners_id_seq'::regclass); -- edited")
# 4-5: a new column in a table with many dependents, a new table type.
edit("CREATE TABLE shards (\n    id bigint NOT NULL,\n    name character varying NOT NULL\n);",
     "CREATE TABLE shards (\n    id bigint NOT NULL,\n    name character varying NOT NULL,\n    note text\n);")
# 6: a dropped index.
edit("CREATE INDEX index_routes_on_path_trigram ON routes USING gin (path gin_trgm_ops);\n", "")
s += """
-- 7-12: appended edits
CREATE INDEX index_routes_on_created_at ON routes (created_at);
ALTER TABLE shards ADD CONSTRAINT shards_name_not_empty CHECK (name::text <> '');
COMMENT ON TABLE routes IS 'routes of projects, groups and snippets';
CREATE TABLE strata_bench_events (id bigint PRIMARY KEY, shard_id bigint REFERENCES shards (id), payload jsonb);
CREATE TRIGGER strata_bench_events_id BEFORE INSERT ON strata_bench_events FOR EACH ROW EXECUTE FUNCTION assign_ci_runners_id_value();
CREATE OR REPLACE VIEW project_routes_view AS
 SELECT p.id, p.repository_storage, r.path AS path_with_namespace, r.name AS name_with_namespace, r.created_at
   FROM projects p JOIN routes r ON p.id = r.source_id AND r.source_type::text = 'Project'::text;
"""
open(dst, "w").write(s)
PY

steps() { grep -c ';$' "$1" || true; }
/tmp/strata-bench plan --from "$url" --to "$file" --no-data >"$tmp/empty.sql"
/tmp/strata-bench plan --from "$url" --to "$tmp/edited.sql" --no-data >"$tmp/edited-plan.sql"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$tmp/t-empty.$i" /tmp/strata-bench plan --from "$url" --to "$file" >/dev/null
  /usr/bin/time -f "%e %M" -o "$tmp/t-edited.$i" /tmp/strata-bench plan --from "$url" --to "$tmp/edited.sql" >/dev/null
done
summary() { # name files...
  local name=$1; shift
  sort -n -k1,1 "$@" | awk -v n="$name" '{t[NR]=$1; if ($2>m) m=$2} END {
    printf "%-28s median %6.2f s  min %6.2f s  max %6.2f s  peak RSS %6.1f MiB\n", n, t[int((NR+1)/2)], t[1], t[NR], m/1024 }'
}
echo "gitlab, $runs alternating runs each, load average $(cut -d' ' -f1-3 /proc/loadavg)"
summary "plan, equal (empty plan)" "$tmp"/t-empty.*
summary "plan, a dozen edits" "$tmp"/t-edited.*
echo "steps: empty plan $(grep -vc '^--' "$tmp/empty.sql" || true) lines; edited plan:"
grep -v '^--' "$tmp/edited-plan.sql" | grep -v '^$' | cut -c1-110
