#!/usr/bin/env bash
# Pipe mode: the input split into shards at project boundaries, each scored on its own as a
# distributed stage would (stdin → stdout, --header, no header row out), gives exactly the
# single run's output when the outputs are concatenated; so do --jobs and standard input.
# Usage: shards.sh JIXIAO TEMPLATE DATA.csv [FORMAT]    (FORMAT: summary-csv, the default, or
# trace-csv: any batch format with a header row)
set -euo pipefail
exe=$1 template=$2 data=$3 format=${4:-summary-csv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
header=$(head -n 1 "$data")
tail -n +2 "$data" > "$work/body.csv"
score() { "$exe" score "$template" - --format "$format" --header "$header" "$@"; }

"$exe" score "$template" "$data" --format "$format" | tail -n +2 > "$work/single.csv"
score < "$work/body.csv" > "$work/piped.csv"
score --jobs 3 < "$work/body.csv" > "$work/jobs.csv"
# Shards of 7, 13 and the rest of the projects (20 rows each), as RDD.pipe partitions.
head -n 140 "$work/body.csv" > "$work/s1"
sed -n '141,400p' "$work/body.csv" > "$work/s2"
tail -n +401 "$work/body.csv" > "$work/s3"
for s in s1 s2 s3; do score < "$work/$s" > "$work/$s.out"; done
cat "$work/s1.out" "$work/s2.out" "$work/s3.out" > "$work/sharded.csv"

status=0
for variant in piped jobs sharded; do
  if ! cmp -s "$work/single.csv" "$work/$variant.csv"; then
    echo "$variant output differs from the single run:"
    diff "$work/single.csv" "$work/$variant.csv" | head -n 10
    status=1
  fi
done
[ -s "$work/single.csv" ] || { echo "empty output"; status=1; }
exit $status
