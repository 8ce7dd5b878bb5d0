#!/bin/sh
# Stands in for Chromium in the PDF tests: fails as a browser without a display would.
echo "[1:1:ERROR:dbus/bus.cc:405] Failed to connect to the bus" >&2
echo "fake chromium: cannot print this page" >&2
exit 3
