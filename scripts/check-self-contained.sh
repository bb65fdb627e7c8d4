#!/usr/bin/env bash
# Fails when the repository refers to files outside itself: the published tables the tests read live in
# src/test/resources/real/, not in a folder beside the checkout. Checks the tracked and untracked (not
# ignored) files under src/, scripts/, .ci/, docs/ and pom.xml, README.md; without git (as in the copy
# .ci/run makes) every file there. This script itself is left out: it has to spell the patterns.
set -euo pipefail
cd "$(dirname "$0")/.."

patterns=('../shared' 'shared/data')
paths=(src scripts clients .ci docs pom.xml README.md)
self="scripts/check-self-contained.sh"

list_files() {
  if [ "$(git rev-parse --show-toplevel 2>/dev/null)" = "$PWD" ]; then
    git ls-files -z -co --exclude-standard -- "${paths[@]}"
  else
    find "${paths[@]}" -type f -not -path '*/target/*' -print0 2>/dev/null || true
  fi
}

files=()
while IFS= read -r -d '' f; do
  if [ "$f" != "$self" ] && [ -f "$f" ]; then files+=("$f"); fi
done < <(list_files)
if [ "${#files[@]}" -eq 0 ]; then
  echo "no files to check under ${paths[*]}: run from the project" >&2
  exit 1
fi

args=()
for p in "${patterns[@]}"; do args+=(-e "$p"); done
status=0
grep -n -F "${args[@]}" -- "${files[@]}" >&2 || status=$?
if [ "$status" -gt 1 ]; then
  echo "grep failed ($status)" >&2
  exit "$status"
elif [ "$status" -eq 0 ]; then
  echo "The files above refer to data outside the repository (${patterns[*]});" \
    "use src/test/resources/real/ (org.budgetperf.support.RealData in tests)." >&2
  exit 1
fi
echo "Self-contained: no reference to ${patterns[*]} in ${paths[*]}"
