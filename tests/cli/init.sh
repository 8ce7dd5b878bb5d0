#!/usr/bin/env bash
# jixiao init from every shipped set (and from a template file that extends another): each new
# template passes jixiao validate, lint and test, and the JSON Schema check (when python3 with
# jsonschema is given); an existing file is never overwritten without --force.
# Usage: init.sh JIXIAO OUTDIR SCHEMA [PYTHON3 CHECKER]
set -euo pipefail
jixiao=$1 out=$2 schema=$3 python=${4:-} checker=${5:-}
rm -rf "$out" && mkdir -p "$out/sub"
made=()
for from in central_2020 beijing_2020 shenzhen_2019 department_evaluation_2020; do
  new="$out/new_$from.yaml"
  "$jixiao" init "$new" --from "$from" --id "test-$from" --name "测试 $from" >/dev/null
  grep -q '^id: "test-'"$from"'"' "$new"
  "$jixiao" validate "$new" >/dev/null
  "$jixiao" lint "$new" >/dev/null
  "$jixiao" test "$new" >/dev/null
  made+=("$new")
done
# A template file that extends another: its extends is rewritten relative to the new file.
new="$out/sub/from_file.yaml"
"$jixiao" init "$new" --from "$(dirname "$schema")/../../indicators/sets/beijing_2020.yaml" >/dev/null
grep -q '^extends: ".*indicators/sets/central_2020.yaml"' "$new"
"$jixiao" validate "$new" >/dev/null && "$jixiao" test "$new" >/dev/null
made+=("$new")
# Never overwrite without --force: exit 2 and the file unchanged.
before=$(cksum < "$new")
if "$jixiao" init "$new" 2>/dev/null; then echo "overwrote $new without --force"; exit 1; fi
[ "$(cksum < "$new")" = "$before" ] || { echo "$new changed"; exit 1; }
"$jixiao" init "$new" --force >/dev/null
grep -q '^id: "from_file"' "$new" && grep -q '来自\|从 central_2020' "$new"
if [ -n "$python" ]; then "$python" "$checker" "$schema" "${made[@]}"; fi
echo "init: ${#made[@]} templates made, all valid, lint-clean and passing their cases"
