#!/usr/bin/env bash
# The README's two commands from a clone inside a private (0700) folder, as a new user who is root
# would run them: `pnpm start` with a private DATA_DIR answers /healthz, and the server tests pass.
# PostgreSQL never runs as root, so its own user cannot enter these folders: the server has to
# find a layout that works without loosening them.
set -euo pipefail
source_repo="$(cd "$(dirname "$0")/.." && pwd)"

home="$(mktemp -d)"       # mode 0700, like root's home
data_dir="$(mktemp -d)"   # mode 0700, like a `mktemp -d` DATA_DIR
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -f "$data_dir/postgres.location" ]; then
    moved="$(cat "$data_dir/postgres.location")"
    rm -rf "$moved" "$moved.password"
  fi
  rm -rf "$home" "$data_dir"
}
trap cleanup EXIT

git clone -q "$source_repo" "$home/school-invites"
cd "$home/school-invites"
echo "first run in $(stat -c '%a' "$home") folder $home, DATA_DIR $(stat -c '%a' "$data_dir") $data_dir"
pnpm install --frozen-lockfile --prefer-offline >/dev/null

port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
DATA_DIR="$data_dir" PORT="$port" LOG_LEVEL=info pnpm start >"$home/start.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$home/start.log"; echo "pnpm start died"; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/healthz"
echo
grep -E 'cannot reach' "$home/start.log" || true
kill "$server_pid"
wait "$server_pid" || true
server_pid=""

pnpm --filter @school-invites/server test
