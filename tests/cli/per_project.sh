#!/usr/bin/env bash
# jixiao score --format html|pdf -o DIR/ writes one file per project, named after the project,
# each a whole document with one sheet. PDF goes through a stand-in for Chromium that writes the
# page's <title> into its tiny PDF. Usage: per_project.sh JIXIAO OUTDIR (from the source root).
set -euo pipefail
jixiao=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$jixiao" score indicators/sets/central_2020.yaml examples/central_2020/projects.yaml \
  --format html -o "$out/html/"
count=$(find "$out/html" -type f | wc -l)
[ "$count" -eq 4 ] || fail "expected 4 pages, found $count: $(ls "$out/html")"
page="$out/html/社区养老服务驿站运营补贴.html"
[ -f "$page" ] || fail "missing $page"
[ "$(grep -c '<section class="sheet form">' "$page")" -eq 1 ] || fail "$page: not one sheet"
grep -q '<title>项目支出绩效自评表：社区养老服务驿站运营补贴</title>' "$page" || fail "$page: title"
find "$out/html" -name '.*' | grep -q . && fail "temporary files left: $(ls -a "$out/html")"

# The same project twice: the second file gets "-2".
"$jixiao" score indicators/sets/central_2020.yaml examples/central_2020/projects.yaml \
  examples/central_2020/projects.yaml --format html -o "$out/twice/"
[ -f "$out/twice/社区养老服务驿站运营补贴-2.html" ] || fail "no -2 file: $(ls "$out/twice")"

JIXIAO_CHROMIUM=tests/cli/fake_chromium/prints.sh "$jixiao" score \
  indicators/sets/central_2020.yaml examples/central_2020/projects.yaml --format pdf -o "$out/pdf/"
pdf="$out/pdf/社区养老服务驿站运营补贴.pdf"
[ "$(find "$out/pdf" -type f -name '*.pdf' | wc -l)" -eq 4 ] || fail "expected 4 PDFs: $(ls "$out/pdf")"
head -c 5 "$pdf" | grep -q '%PDF-' || fail "$pdf is not a PDF"
grep -q '<title>项目支出绩效自评表：社区养老服务驿站运营补贴</title>' "$pdf" || fail "$pdf: wrong page"
echo "per-project outputs: OK"
