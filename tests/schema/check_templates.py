#!/usr/bin/env python3
"""Validates template files against the JSON Schema editors use.

Usage: check_templates.py SCHEMA TEMPLATE...         every template must validate and start
                                                     with the yaml-language-server $schema line
       check_templates.py --invalid SCHEMA FILE...   every file must NOT validate (the schema
                                                     really rejects what the loader rejects)
       check_templates.py --data SCHEMA FILE...      project data files (docs/data-format.md)
                                                     validate against the schema's project
                                                     definitions, which test cases use too

YAML is read with python3-yaml and validated with python3-jsonschema (Debian packages; installed
by tools/setup-deps). Dates and times stay text, as jixiao reads them.
"""
import json
import os
import sys

import jsonschema
import yaml


class TextTimestamps(yaml.SafeLoader):
    """A SafeLoader that keeps 2020-12-31 as text (jixiao has no YAML timestamps)."""


TextTimestamps.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

SCHEMA_LINE = "# yaml-language-server: $schema="


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text, yaml.load(text, Loader=TextTimestamps)


def main(argv):
    mode = argv[1] if argv[1:2] in (["--invalid"], ["--data"]) else ""
    invalid, data = mode == "--invalid", mode == "--data"
    args = argv[2:] if mode else argv[1:]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    schema_path, files = args[0], args[1:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    if data:
        # A data file holds `projects:` (项目:), or is one project map (project_loader.cc).
        schema = dict(schema, allOf=[{"anyOf": [
            {"allOf": [{"$ref": "#/definitions/project_file"},
                       {"anyOf": [{"required": ["projects"]}, {"required": ["项目"]}]}]},
            {"$ref": "#/definitions/project"}]}])
    validator = jsonschema.Draft7Validator(schema)
    failures = 0
    for path in files:
        text, document = load(path)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if invalid:
            if not errors:
                print(f"{path}: validates, but the schema should reject it")
                failures += 1
            continue
        first = text.split("\n", 1)[0]
        here = os.path.dirname(os.path.abspath(path))
        # The line names the schema relative to the file (or, outside a checkout, absolutely).
        named = os.path.join(here, first[len(SCHEMA_LINE):]) if first.startswith(SCHEMA_LINE) else ""
        if not data and (not named or not os.path.exists(named)
                         or not os.path.samefile(named, schema_path)):
            relative = os.path.relpath(schema_path, here)
            print(f"{path}:1: the first line should be {SCHEMA_LINE}{relative}")
            failures += 1
        for e in errors:
            where = "/".join(str(p) for p in e.absolute_path) or "(top level)"
            print(f"{path}: {where}: {e.message}")
            failures += 1
    print(f"{len(files)} files checked against {os.path.basename(schema_path)}, "
          f"{failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
