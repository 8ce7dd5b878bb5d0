#!/bin/sh
# Stands in for Chromium in the PDF tests: checks the flags jixiao passes and writes a tiny PDF
# holding the page's <title>, so that tests can tell the projects' files apart.
out=""
page=""
for arg in "$@"; do
  case "$arg" in
    --print-to-pdf=*) out="${arg#--print-to-pdf=}" ;;
    file://*) page="${arg#file://}" ;;
  esac
done
for flag in --headless --no-pdf-header-footer --disable-background-networking; do
  case " $* " in *" $flag "*) ;; *) echo "missing $flag" >&2; exit 4 ;; esac
done
[ -n "$out" ] && [ -f "$page" ] || { echo "no page or no output" >&2; exit 5; }
{ printf '%%PDF-1.4 fake\n'; grep -o '<title>[^<]*</title>' "$page"; } > "$out"
