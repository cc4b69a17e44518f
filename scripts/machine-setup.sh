#!/usr/bin/env bash
# Installs what a fresh machine lacks for Tandem. Sourced by scripts/demo.sh and scripts/test.sh.
#   tandem_need_pnpm            pnpm (pinned), through npm
#   tandem_need_test_system     Debian's chromium and postgresql (as root), a running cluster,
#                               and DATABASE_URL pointing at it (unless DATABASE_URL is already set)
PNPM_VERSION=12.21.0

tandem_need_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then return 0; fi
  echo "==> installing pnpm $PNPM_VERSION"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null || {
    echo "Could not install pnpm $PNPM_VERSION with npm. Install it yourself: npm i -g pnpm@$PNPM_VERSION" >&2
    return 1
  }
}

tandem_need_test_system() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  if [ -z "${DATABASE_URL:-}" ] && ! command -v pg_ctlcluster >/dev/null 2>&1; then missing+=(postgresql); fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "==> installing ${missing[*]} from Debian"
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || {
        echo "apt-get could not install ${missing[*]}." >&2
        return 1
      }
    else
      echo "Tandem's tests need: ${missing[*]}. Install them (Debian: sudo apt-get install ${missing[*]})," >&2
      echo "or set DATABASE_URL to a PostgreSQL database you can create databases on." >&2
      return 1
    fi
  fi
  if [ -n "${DATABASE_URL:-}" ]; then return 0; fi
  # Debian's cluster: start it, give postgres a password for TCP, and point DATABASE_URL at it.
  local cluster
  cluster=$(pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    if [ "$(id -u)" != 0 ]; then echo "No PostgreSQL cluster found; set DATABASE_URL." >&2; return 1; fi
    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    pg_createcluster "$version" main >/dev/null
    cluster="$version main"
  fi
  # shellcheck disable=SC2086
  set -- $cluster
  local port
  port=$(pg_lsclusters --no-header | awk -v v="$1" -v n="$2" '$1==v && $2==n {print $3}')
  if ! pg_lsclusters --no-header | awk -v v="$1" -v n="$2" '$1==v && $2==n {print $4}' | grep -q online; then
    if [ "$(id -u)" != 0 ]; then echo "PostgreSQL $1/$2 is not running; start it or set DATABASE_URL." >&2; return 1; fi
    echo "==> starting PostgreSQL $1/$2"
    pg_ctlcluster "$1" "$2" start || return 1
  fi
  if [ "$(id -u)" = 0 ]; then
    su postgres -c "psql -q -p $port -c \"alter user postgres password 'tandem'\"" >/dev/null || return 1
  fi
  export DATABASE_URL="postgres://postgres:tandem@127.0.0.1:$port/postgres"
  echo "==> PostgreSQL leg on $DATABASE_URL"
}
