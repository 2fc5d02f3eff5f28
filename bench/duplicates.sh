#!/bin/sh
# Counts the meaningful repeated code in src/ (docs/decisions.md, "Repeated code"): pairs of places sharing six
# or more lines of the same shape, as the `duplicates` command finds them, over the production files only
# (tests, *.test-data.ts and test-support/ left out), less what it marks boilerplate, less the pairs of
# query-builder code between two *.queries.ts files. Run from the repository's root: sh bench/duplicates.sh
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy() { # copy the tracked files of src/ that match $1 (grep -E) and not the tests into $2
  git ls-files src | grep -Ev '(\.test\.tsx?$|[.-]test-data\.tsx?$|/test-support/)' | grep -E "$1" |
    while read -r f; do mkdir -p "$2/$(dirname "$f")" && cp "$f" "$2/$f"; done
}
meaningful() { # pairs − boilerplate, from the command's first line
  duplicates --repo "$1" --most 200 --seconds 300 >"$1.out"
  head -1 "$1.out" | sed -E 's/^([0-9]+) pairs.*, ([0-9]+) of those marked boilerplate.*/\1 \2/' |
    awk '{ print $1 - $2 }'
}
copy '.' "$work/all"
copy '\.queries\.ts$' "$work/queries"
all=$(meaningful "$work/all")
queries=$(meaningful "$work/queries")
echo "meaningful pairs in src/: $((all - queries)) ($all not marked boilerplate, less $queries between two *.queries.ts)"
echo "largest (all not marked boilerplate, most shared first):"
grep '^D' "$work/all.out" | grep -v boilerplate | head -"${1:-20}"
