#!/usr/bin/env bash
# Ctrl-C (SIGINT) or kill (SIGTERM) while jixiao prints a PDF: jixiao kills the browser, removes
# its scratch directory (with everything Chromium made for itself), writes no output and ends
# with the signal (exit status 130 / 143).
# Usage: pdf_interrupt.sh JIXIAO OUTDIR fake|chromium (from the source root). "fake" uses a
# stand-in that never finishes; "chromium" the real browser, and exits 77 (skip) without it.
set -euo pipefail
set -m  # job control: the background jixiao does not ignore SIGINT, as a script's jobs would
jixiao=$1
out=$2
mode=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

case "$mode" in
  fake) browser="$PWD/tests/cli/fake_chromium/hangs.sh" ;;
  chromium)
    browser=$(command -v chromium || command -v chromium-browser || true)
    [ -n "$browser" ] || { echo "SKIP: chromium is not installed (tools/setup-deps)"; exit 77; } ;;
  *) fail "unknown mode $mode" ;;
esac

# A TMPDIR of our own, short: Chromium's socket path under it must fit in 107 bytes.
tmp=$(mktemp -d /tmp/jixiao-interrupt.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
for signal in INT TERM; do
  dir="$out/$mode-$signal"
  rm -rf "$dir"
  mkdir -p "$dir"
  TMPDIR="$tmp" JIXIAO_CHROMIUM="$browser" FAKE_CHROMIUM_PID="$dir/browser.pid" \
    "$jixiao" score indicators/sets/central_2020.yaml examples/central_2020/projects.yaml \
    --format pdf -o "$dir/forms.pdf" &
  pid=$!
  # Wait until the browser runs: the stand-in writes its pid, Chromium makes its profile.
  for _ in $(seq 200); do
    [ -s "$dir/browser.pid" ] || compgen -G "$tmp/jixiao-pdf-*/profile" >/dev/null && break
    sleep 0.05
  done
  [ "$mode" = fake ] && [ ! -s "$dir/browser.pid" ] && fail "$signal: the stand-in never started"
  [ "$mode" = chromium ] && sleep 0.5  # let Chromium start its helper processes
  compgen -G "$tmp/jixiao-pdf-*" >/dev/null || fail "$signal: no scratch directory in $tmp"
  kill "-$signal" "$pid"
  status=0
  wait "$pid" || status=$?
  expected=$([ "$signal" = INT ] && echo 130 || echo 143)
  [ "$status" -eq "$expected" ] || fail "$signal: exit status $status, expected $expected"
  left=$(ls -A "$tmp")
  [ -z "$left" ] || fail "$signal: left in TMPDIR: $left"
  left=$(ls -A "$dir" | grep -v -x -e browser.pid || true)
  [ -z "$left" ] || fail "$signal: output left: $left"
  sleep 0.2  # a killed process may take a moment to be reaped
  if [ -s "$dir/browser.pid" ] && kill -0 "$(cat "$dir/browser.pid")" 2>/dev/null; then
    fail "$signal: the browser (pid $(cat "$dir/browser.pid")) still runs"
  fi
  running=$(grep -l -s -F "$tmp" /proc/[0-9]*/cmdline || true)
  [ -z "$running" ] || fail "$signal: browser processes left: $running"
done
echo "interrupted PDF ($mode): OK"
