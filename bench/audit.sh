#!/usr/bin/env bash
# The audit at scale: repeats the 13 Beijing 2020 reference tables (examples/audit/beijing_2020.csv)
# with numbered project names until the file holds N projects, audits it to CSV with
# `jixiao audit DATA --format csv -o OUT [options]`, checks the summary against the 13 tables'
# own (the same findings, N/13 times over), and prints one line:
#   N=<n> rows=<…> findings=<errors>/<warnings>/<notes> wall_s=<…> cpu_s=<…> peak_rss_mb=<…>
# (cpu_s, user + system time, wanders less than wall_s on a busy machine).
# Usage: bench/audit.sh N [jixiao audit options…]
#        e.g. bench/audit.sh 1000; bench/audit.sh 1000 --template indicators/sets/beijing_2020.yaml
# Environment: JIXIAO (default build/jixiao), BENCH_DIR (default /tmp/jixiao-bench).
# Exit status: 0 when the findings scale with the tables, 1 otherwise.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
n=${1:?usage: bench/audit.sh N [jixiao audit options…]}
shift
jixiao=${JIXIAO:-$here/build/jixiao}
dir=${BENCH_DIR:-/tmp/jixiao-bench}
mkdir -p "$dir"
data=$dir/audit-$n.csv
python3 - "$here/examples/audit/beijing_2020.csv" "$n" "$data" <<'PY'
import csv, sys
src, n, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = list(csv.reader(open(src, encoding="utf-8-sig", newline="")))
header, body = rows[0], rows[1:]
projects = []
for row in body:
    if row[0]:
        projects.append([])
    projects[-1].append(row)
with open(dst, "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for k in range(n):
        for i, row in enumerate(projects[k % len(projects)]):
            w.writerow([f"{row[0]}#{k + 1}"] + row[1:] if i == 0 else row)
PY
summary() { grep -a '^汇总' "$1" | sed 's/^汇总,//'; }
start=$(date +%s.%N)
status=0
/usr/bin/time -f "%U %S %M" -o "$dir/rss" "$jixiao" audit "$data" --format csv -o "$dir/audit-out.csv" \
  "$@" 2> "$dir/stderr" || status=$?
end=$(date +%s.%N)
if [ "$status" -gt 1 ]; then
  cat "$dir/stderr" >&2
  exit 1
fi
# The 13 tables alone, once: N/13 times their findings when N is a multiple of 13.
"$jixiao" audit "$here/examples/audit/beijing_2020.csv" --format csv -o "$dir/audit-13.csv" "$@" \
  2> /dev/null || true
line=$(summary "$dir/audit-out.csv")
read -r projects rows errors warnings notes <<< \
  "$(sed 's/[^0-9]\+/ /g' <<< "$line")"
read -r _ rows13 errors13 warnings13 notes13 <<< \
  "$(sed 's/[^0-9]\+/ /g' <<< "$(summary "$dir/audit-13.csv")")"
result=0
if [ "$projects" != "$n" ]; then
  echo "audit.sh: $projects projects audited, not $n" >&2
  result=1
fi
if [ $((n % 13)) -eq 0 ] && [ "$rows $errors $warnings $notes" != \
    "$((rows13 * n / 13)) $((errors13 * n / 13)) $((warnings13 * n / 13)) $((notes13 * n / 13))" ]; then
  echo "audit.sh: '$line' is not $((n / 13)) times the 13 tables' findings" >&2
  result=1
fi
read -r user sys rss <<< "$(tail -n 1 "$dir/rss")"
awk -v n="$n" -v r="$rows" -v f="$errors/$warnings/$notes" -v s="$start" -v e="$end" \
  -v cpu="$(awk -v u="$user" -v k="$sys" 'BEGIN { print u + k }')" -v rss="$rss" 'BEGIN {
    printf "N=%d rows=%d findings=%s wall_s=%.3f cpu_s=%.2f peak_rss_mb=%.1f\n", n, r, f, e - s,
      cpu, rss / 1024 }'
exit $result
