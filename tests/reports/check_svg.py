#!/usr/bin/env python3
"""Parses SVG charts with a real XML parser (xml.etree): each argument is an .svg file, or an
HTML page whose inline <svg> elements are checked one by one. Fails on a document that does not
parse, is not an SVG root, or is wider than an A4 page's text (680 px)."""
import re
import sys
import xml.etree.ElementTree as ET

SVG_NS = "{http://www.w3.org/2000/svg}"
MAX_WIDTH = 680


def check(name, text):
    root = ET.fromstring(text)
    if root.tag != SVG_NS + "svg":
        raise ValueError(f"{name}: root is {root.tag}, not svg")
    width = float(root.get("width", "0"))
    if not 0 < width <= MAX_WIDTH:
        raise ValueError(f"{name}: width {width} is not within (0, {MAX_WIDTH}]")
    if root.find(SVG_NS + "title") is None:
        raise ValueError(f"{name}: no <title>")


def main(paths):
    count = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if path.endswith(".svg"):
            pieces = [text]
        else:
            pieces = re.findall(r"<svg\b.*?</svg>", text, re.S)
            if not pieces:
                raise ValueError(f"{path}: no inline <svg>")
        for i, piece in enumerate(pieces):
            check(f"{path}#{i + 1}", piece)
            count += 1
    print(f"{count} SVG documents parse")


if __name__ == "__main__":
    main(sys.argv[1:])
