#!/usr/bin/env python3
"""Generates the protocol's constants for both sides from sandbox/protocol/protocol.json.

    generate_protocol.py protocol.json --cpp OUT/protocol_constants.h --python OUT/protocol_constants.py

The build runs it (sandbox/CMakeLists.txt); run it by hand with --python only to put a module into a
source checkout (sandbox/python/sandbench_worker/protocol_constants.py, ignored by git) for running
the worker's unittest suite without a build. Output is written only when it changed, so that a
rebuild does not recompile every file that includes the header.

Naming, the same on both sides (C++ kCamelCase, Python UPPER_CASE):
  messages.X        kTypeX / TYPE_X            fields.X       kXField / FIELD_X
  statuses.X        kStatusX / STATUS_X        on_error.X     kOnErrorX / ON_ERROR_X
  layers.X          kLayerX / LAYER_X          exit_codes.X   kExitX / EXIT_X
  verdict_bases[i]  kBasisX / BASIS_X          limits.X       kLimitX / LIMIT_X
  rich_output.fields.X  kRichXField / RICH_FIELD_X   rich_output.kinds.X  kRichKindX / RICH_KIND_X
  rich_output.mimes.X   kMimeX / MIME_X              rich_output.limits.X kRichLimitX / RICH_LIMIT_X
Any other feature's own top-level block ({"_comment", "fields": {...}, "limits": {...}}, e.g.
names_used) adds to fields and limits under the same names, so that features added at the same time
edit separate parts of protocol.json; a name defined twice is refused.
The tables kStatuses, kReportedStatuses, kCheckVerdicts, kVerdictBases, kLayers,
kQueryReplies, kDatasetFormats, kDatasetExtensions (Python: STATUSES, REPORTED_STATUSES, ...,
QUERY_REPLIES, DATASET_FORMATS, DATASET_FORMATS_BY_EXTENSION).
"""

import argparse
import json
import os
import re
import sys

IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")

# The sections every protocol.json has. Any other top-level object may be a feature's own block
# whose "fields" and "limits" join the shared ones, so that features added at the same time edit
# separate parts of the file.
SECTIONS = {"version", "messages", "query_replies", "fields", "on_error", "statuses",
            "check_verdicts", "verdict_bases", "layers", "exit_codes", "limits", "dataset_formats"}


# Blocks generated under a prefix of their own: rich_output's names (kind, data, table) are
# everyday words that would collide with the shared fields.
OWN_PREFIX = {"rich_output"}


def blocks(spec):
    """The feature blocks' tables, in file order: [(section, table)] for "fields" and "limits".
    A block's other entries are not generated here (another generator or reader may use them)."""
    found = []
    for key, value in spec.items():
        if key.startswith("_") or key in SECTIONS or key in OWN_PREFIX or not isinstance(value, dict):
            continue
        for section in ("fields", "limits"):
            table = value.get(section)
            if table is None:
                continue
            if not isinstance(table, dict):
                raise SystemExit(f"protocol.json: {key}.{section} must be an object")
            found.append((section, table))
    return found


def merged(spec, section):
    """A shared section's entries followed by every block's entries of the same kind."""
    out = entries(spec[section])
    for kind, table in blocks(spec):
        if kind == section:
            out += entries(table)
    return out


def camel(name):
    return "".join(part.capitalize() for part in name.split("_"))


def entries(table):
    """A table's entries in file order, without its _comment."""
    return [(key, value) for key, value in table.items() if not key.startswith("_")]


def check(spec):
    """Refuses a source the generated code could not express, naming the entry and the fix."""
    for section in ("messages", "fields", "on_error", "layers", "exit_codes", "limits",
                    "query_replies", "statuses", "dataset_formats"):
        if not isinstance(spec.get(section), dict):
            raise SystemExit(f"protocol.json: '{section}' must be an object")
        for key, _ in entries(spec[section]):
            if not IDENTIFIER.match(key):
                raise SystemExit(f"protocol.json: {section}.{key}: names are lower_case identifiers")
    for section in ("check_verdicts", "verdict_bases"):
        if not all(isinstance(v, str) and IDENTIFIER.match(v) for v in spec.get(section, ())):
            raise SystemExit(f"protocol.json: '{section}' must list lower_case identifiers")
    for section, table in blocks(spec):
        for key, _ in entries(table):
            if not IDENTIFIER.match(key):
                raise SystemExit(f"protocol.json: {section}.{key}: names are lower_case identifiers")
    for section in ("fields", "limits"):
        names = [key for key, _ in merged(spec, section)]
        if len(names) != len(set(names)):
            raise SystemExit(f"protocol.json: a name in '{section}' is defined twice")
    for key, value in entries(spec["exit_codes"]) + merged(spec, "limits"):
        if not isinstance(value, int) or value < 0:
            raise SystemExit(f"protocol.json: {key}: must be a whole number >= 0")
    messages = {value for _, value in entries(spec["messages"])}
    for query, reply in entries(spec["query_replies"]):
        if query not in messages or reply not in messages:
            raise SystemExit(f"protocol.json: query_replies.{query}: both types must be in messages")
    statuses = {key for key, _ in entries(spec["statuses"])}
    for verdict in spec["check_verdicts"]:
        if verdict not in statuses:
            raise SystemExit(f"protocol.json: check_verdicts: '{verdict}' is not a status")


def strings(spec):
    """(C++ name, Python name, value) of every named string constant."""
    out = []
    for key, value in entries(spec["messages"]):
        out.append((f"kType{camel(key)}", f"TYPE_{key.upper()}", value))
    for key, value in merged(spec, "fields"):
        out.append((f"k{camel(key)}Field", f"FIELD_{key.upper()}", value))
    for key, value in entries(spec["on_error"]):
        out.append((f"kOnError{camel(key)}", f"ON_ERROR_{key.upper()}", value))
    for key, _ in entries(spec["statuses"]):
        out.append((f"kStatus{camel(key)}", f"STATUS_{key.upper()}", key))
    for key in spec["verdict_bases"]:
        out.append((f"kBasis{camel(key)}", f"BASIS_{key.upper()}", key))
    for key, value in entries(spec["layers"]):
        out.append((f"kLayer{camel(key)}", f"LAYER_{key.upper()}", value))
    rich = spec.get("rich_output", {})
    for key, value in entries(rich.get("fields", {})):
        out.append((f"kRich{camel(key)}Field", f"RICH_FIELD_{key.upper()}", value))
    for key, value in entries(rich.get("kinds", {})):
        out.append((f"kRichKind{camel(key)}", f"RICH_KIND_{key.upper()}", value))
    for key, value in entries(rich.get("mimes", {})):
        out.append((f"kMime{camel(key)}", f"MIME_{key.upper()}", value))
    return out


def numbers(spec):
    out = [("kProtocolVersion", "PROTOCOL_VERSION", spec["version"])]
    for key, value in entries(spec["exit_codes"]):
        out.append((f"kExit{camel(key)}", f"EXIT_{key.upper()}", value))
    for key, value in merged(spec, "limits"):
        out.append((f"kLimit{camel(key)}", f"LIMIT_{key.upper()}", value))
    for key, value in entries(spec.get("rich_output", {}).get("limits", {})):
        out.append((f"kRichLimit{camel(key)}", f"RICH_LIMIT_{key.upper()}", value))
    return out


def lists(spec):
    """(C++ name, Python name, values) of every list of names."""
    statuses = entries(spec["statuses"])
    return [
        ("kStatuses", "STATUSES", [key for key, _ in statuses]),
        ("kReportedStatuses", "REPORTED_STATUSES", [k for k, v in statuses if v.get("reported")]),
        ("kCheckVerdicts", "CHECK_VERDICTS", list(spec["check_verdicts"])),
        ("kVerdictBases", "VERDICT_BASES", list(spec["verdict_bases"])),
        ("kLayers", "LAYERS", [value for _, value in entries(spec["layers"])]),
        ("kDatasetFormats", "DATASET_FORMATS", [key for key, _ in entries(spec["dataset_formats"])]),
    ]


def pairs(spec):
    """(C++ name, Python name, [(key, value)]) of every mapping."""
    extensions = [(ext, fmt) for fmt, exts in entries(spec["dataset_formats"]) for ext in exts]
    return [
        ("kQueryReplies", "QUERY_REPLIES", entries(spec["query_replies"])),
        ("kDatasetExtensions", "DATASET_FORMATS_BY_EXTENSION", extensions),
    ]


def quote(text):
    return json.dumps(text)  # a JSON string is a valid C++ and Python literal for these names


def cpp_pairs(name, second, items):
    """A constexpr array of (string_view, SECOND) pairs; ITEMS are C++ expressions."""
    kind = f"std::pair<std::string_view, {second}>"
    body = ", ".join(f"{kind}{{{key}, {value}}}" for key, value in items)
    return f"inline constexpr std::array<{kind}, {len(items)}> {name}{{{{{body}}}}};"


def cpp(spec, source):
    lines = [
        f"// Generated from {source} by sandbox/protocol/generate_protocol.py: do not edit.",
        "// Add or change a constant in protocol.json; sandbox/PROTOCOL.md says how.",
        "#pragma once",
        "",
        "#include <array>",
        "#include <cstdint>",
        "#include <string_view>",
        "#include <utility>",
        "",
        "namespace sandbench::protocol {",
        "",
    ]
    for name, _, value in numbers(spec):
        kind = "std::int64_t" if value > 0x7FFFFFFF else "int"
        lines.append(f"inline constexpr {kind} {name} = {value};")
    lines.append("")
    for name, _, value in strings(spec):
        lines.append(f"inline constexpr std::string_view {name} = {quote(value)};")
    lines.append("")
    for name, _, values in lists(spec):
        body = ", ".join(quote(v) for v in values)
        lines.append(
            f"inline constexpr std::array<std::string_view, {len(values)}> {name}{{{body}}};")
    for name, _, items in pairs(spec):
        lines.append(cpp_pairs(name, "std::string_view", [(quote(k), quote(v)) for k, v in items]))
    lines += [
        "",
        "// Every named constant by its Python name, for the test that the two sides agree",
        "// (tests/python/test_protocol_constants.py through tests/helpers/protocol_dump.cpp).",
        cpp_pairs("kNamedStrings", "std::string_view",
                  [(quote(py), name) for name, py, _ in strings(spec)]),
        cpp_pairs("kNamedNumbers", "std::int64_t",
                  [(quote(py), name) for name, py, _ in numbers(spec)]),
    ]
    lines += ["", "} // namespace sandbench::protocol", ""]
    return "\n".join(lines)


def python(spec, source):
    lines = [
        f'"""Generated from {source} by sandbox/protocol/generate_protocol.py: do not edit.',
        "",
        "Add or change a constant in protocol.json; sandbox/PROTOCOL.md says how.",
        '"""',
        "",
    ]
    for _, name, value in numbers(spec):
        lines.append(f"{name} = {value}")
    lines.append("")
    for _, name, value in strings(spec):
        lines.append(f"{name} = {quote(value)}")
    lines.append("")
    for _, name, values in lists(spec):
        lines.append(f"{name} = ({', '.join(quote(v) for v in values)},)")
    for _, name, items in pairs(spec):
        body = ", ".join(f"{quote(k)}: {quote(v)}" for k, v in items)
        lines.append(f"{name} = {{{body}}}")
    lines += [
        "",
        "# Every named constant, for the test that the two sides agree.",
        "NAMED_STRINGS = {" + ", ".join(f"{quote(py)}: {py}" for _, py, _ in strings(spec)) + "}",
        "NAMED_NUMBERS = {" + ", ".join(f"{quote(py)}: {py}" for _, py, _ in numbers(spec)) + "}",
        "",
    ]
    return "\n".join(lines)


def write_if_changed(path, text):
    try:
        with open(path, encoding="utf-8") as existing:
            if existing.read() == text:
                return
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="protocol.json")
    parser.add_argument("--cpp", help="the C++ header to write")
    parser.add_argument("--python", help="the Python module to write")
    args = parser.parse_args(argv)
    try:
        with open(args.source, encoding="utf-8") as f:
            spec = json.load(f)
    except (OSError, ValueError) as error:
        raise SystemExit(f"{args.source}: {error}")
    check(spec)
    source = "sandbox/protocol/protocol.json"
    if args.cpp:
        write_if_changed(args.cpp, cpp(spec, source))
    if args.python:
        write_if_changed(args.python, python(spec, source))


if __name__ == "__main__":
    main(sys.argv[1:])
