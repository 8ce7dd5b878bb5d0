#!/bin/sh
# Stands in for Chromium in the PDF tests: never finishes (jixiao must kill it).
exec sleep 60
