#!/usr/bin/env bash
# End-to-end benchmark on the shared standard workload: generates N projects with workload.py,
# runs the physical limit (limit.cc) and jixiao on the same file in the same run, checks jixiao's
# totals checksum and grade counts exactly against `workload.py check N`, and prints one line:
#   N=<n> sum_totals=<…> 优=<…> 良=<…> 中=<…> 差=<…> evals_per_sec=<…> wall_s=<…> peak_rss_mb=<…>
#   limit_evals_per_sec=<…> ratio_to_limit=<…>
# Usage: bench/e2e.sh N [jixiao score options…]    e.g. bench/e2e.sh 100000 --jobs 2
#        bench/e2e.sh N --format trace-csv [options…]: the trace CSV instead of the summary; its
#        grade counts are read from its 总分 lines, and it must hold a line per indicator.
# Environment: JIXIAO (default build/jixiao), SHARED_BENCH (default ../shared/bench),
#              BENCH_DIR (where data and outputs go; default /tmp/jixiao-bench).
# Exit status: 0 when the checksums match, 1 when they do not, 77 when workload.py is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
n=${1:?usage: bench/e2e.sh N [jixiao score options…]}
shift
jixiao=${JIXIAO:-$here/build/jixiao}
shared=${SHARED_BENCH:-$here/../shared/bench}
dir=${BENCH_DIR:-/tmp/jixiao-bench}
if [ ! -f "$shared/workload.py" ] || [ ! -f "$shared/limit.cc" ]; then
  echo "e2e.sh: no workload.py/limit.cc in $shared (set SHARED_BENCH)" >&2
  exit 77
fi
mkdir -p "$dir"
data=$dir/workload-$n.csv
[ -s "$data" ] || python3 "$shared/workload.py" csv "$n" > "$data"
[ "$dir/limit" -nt "$shared/limit.cc" ] || g++ -O2 -std=c++20 -o "$dir/limit" "$shared/limit.cc"
expected=$(python3 "$shared/workload.py" check "$n")
format=summary-csv
options=()
while [ $# -gt 0 ]; do
  case $1 in
    --format) format=$2; shift 2 ;;
    --format=*) format=${1#--format=}; shift ;;
    *) options+=("$1"); shift ;;
  esac
done

# The limit, then jixiao, on the same (now cached) file.
limit_line=$("$dir/limit" "$data" "$dir/limit-out.csv")
limit_eps=$(sed -n 's/.*evals_per_sec=\([0-9.]*\).*/\1/p' <<< "$limit_line")
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$dir/rss" "$jixiao" score "$here/bench/workload.yaml" "$data" \
  --format "$format" --checksum -o "$dir/jixiao-out.csv" ${options[@]+"${options[@]}"} \
  2> "$dir/stderr" || {
  cat "$dir/stderr" >&2
  exit 1
}
end=$(date +%s.%N)
checksum=$(grep '^N=' "$dir/stderr")
# The grade counts again, from the written file itself: the summary's third column, or the
# trace's 总分 lines (the grade is their ninth); a trace has 20 indicator lines per project.
from_file=$(awk -F, -v trace="$([ "$format" = trace-csv ] && echo 1)" '
  NR == 1 { next }
  !trace { c[$3]++; next }
  $2 == "总分" { c[$9]++; next }
  { rows++ }
  END {
    printf "优=%d 良=%d 中=%d 差=%d", c["优"], c["良"], c["中"], c["差"]
    if (trace) printf " rows=%d", rows
  }' "$dir/jixiao-out.csv")
if [ "$format" = trace-csv ]; then
  if [ "${from_file##* rows=}" != "$((n * 20))" ]; then
    echo "e2e.sh: ${from_file##* rows=} indicator lines in the trace, expected $((n * 20))" >&2
    exit 1
  fi
  from_file=${from_file% rows=*}
fi

status=0
if [ "$checksum" != "$expected" ]; then
  echo "e2e.sh: checksum differs: jixiao '$checksum', expected '$expected'" >&2
  status=1
fi
if [ "${expected#* sum_totals=* }" != "$from_file" ]; then
  echo "e2e.sh: grade counts in the output file '$from_file' differ from '$expected'" >&2
  status=1
fi
awk -v n="$n" -v s="$start" -v e="$end" -v rss="$(cat "$dir/rss")" -v l="$limit_eps" \
  -v line="$checksum" 'BEGIN {
    wall = e - s; eps = n * 20 / wall;
    printf "%s evals_per_sec=%.0f wall_s=%.3f peak_rss_mb=%.1f limit_evals_per_sec=%.0f ratio_to_limit=%.3f\n",
      line, eps, wall, rss / 1024, l, eps / l }'
exit $status
