#!/bin/sh
# Stands in for Chromium in the PDF tests: never finishes (jixiao must kill it). With
# FAKE_CHROMIUM_PID set, it first writes its process id into that file.
[ -z "${FAKE_CHROMIUM_PID:-}" ] || echo $$ > "$FAKE_CHROMIUM_PID"
exec sleep 60
