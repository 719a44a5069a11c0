#!/usr/bin/env bash
# A committed migration is history: each must be byte for byte what its first commit added.
# (server/test/foundation/migrations.spec.ts checks the same against migrations.sha256 where
# there is no git history, e.g. in a source archive.)
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for file in $(git ls-files 'server/src/database/migrations/*.ts'); do
  first=$(git log --diff-filter=A --format=%H -- "$file" | tail -n 1)
  if [ -n "$first" ] && ! git diff --quiet "$first" HEAD -- "$file"; then
    echo "$file was edited after it was committed in $first: write a new migration instead." >&2
    status=1
  fi
done
exit $status
