"""Strict schema check of `centry compile --to envoy` output against Envoy's protos (xds-protos).

Usage: check_envoy.py FILE...                  (exit 0 when every file passes)
       check_envoy.py --compare EXPECTED ACTUAL  (exit 0 when both hold the same resources)

Each FILE is one YAML document `resources: [...]` whose items carry "@type". Every item is parsed
with google.protobuf.json_format.ParseDict(ignore_unknown_fields=False) into its message type, so
unknown fields, bad enums, bad durations and wrongly typed scalars fail. Deprecated Envoy fields
fail too: the newest Consul emits none.
"""
import sys

import yaml
from google.protobuf import json_format, symbol_database
from envoy.config.route.v3 import route_pb2
from envoy.config.cluster.v3 import cluster_pb2
# Imported for their side effect: registering the types named by "@type" inside Any fields.
from envoy.extensions.transport_sockets.tls.v3 import tls_pb2  # noqa: F401
from envoy.extensions.clusters.aggregate.v3 import cluster_pb2 as aggregate_pb2  # noqa: F401
from envoy.extensions.upstreams.http.v3 import http_protocol_options_pb2  # noqa: F401

BY_TYPE = {
    "type.googleapis.com/envoy.config.route.v3.RouteConfiguration": route_pb2.RouteConfiguration,
    "type.googleapis.com/envoy.config.cluster.v3.Cluster": cluster_pb2.Cluster,
}


def deprecated_fields(msg, path=""):
    """Paths of every set field marked deprecated, looking inside Any values."""
    if msg.DESCRIPTOR.full_name == "google.protobuf.Any":
        inner = symbol_database.Default().GetSymbol(msg.TypeName())()
        msg.Unpack(inner)
        return deprecated_fields(inner, path)
    found = []
    for fd, val in msg.ListFields():
        p = f"{path}.{fd.name}" if path else fd.name
        if fd.GetOptions().deprecated:
            found.append(p)
        if fd.message_type is None:
            continue
        if fd.message_type.GetOptions().map_entry:
            for key, item in val.items():
                if hasattr(item, "ListFields"):
                    found += deprecated_fields(item, f"{p}[{key}]")
        elif fd.is_repeated:
            for i, item in enumerate(val):
                found += deprecated_fields(item, f"{p}[{i}]")
        else:
            found += deprecated_fields(val, p)
    return found


def parse(path):
    """(problems, messages): every resource of `path` parsed strictly, in order."""
    problems = []
    messages = []
    try:
        with open(path, encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as error:
        return [f"cannot read YAML: {error}"], []
    if not isinstance(document, dict) or list(document) != ["resources"] or not isinstance(document["resources"], list):
        return ["the document must be a mapping with the single key `resources` holding a list"], []
    for index, resource in enumerate(document["resources"]):
        if not isinstance(resource, dict):
            problems.append(f"resources[{index}]: not a mapping")
            continue
        body = dict(resource)
        type_url = body.pop("@type", None)
        message_type = BY_TYPE.get(type_url)
        if message_type is None:
            problems.append(f"resources[{index}]: unexpected @type {type_url!r}")
            continue
        message = message_type()
        try:
            json_format.ParseDict(body, message, ignore_unknown_fields=False)
        except json_format.ParseError as error:
            problems.append(f"resources[{index}] {type_url}: {error}")
            continue
        for field in deprecated_fields(message):
            problems.append(f"resources[{index}] uses deprecated field {field}")
        messages.append((type_url, message))
    return problems, messages


def check(path):
    return parse(path)[0]


def compare(expected_path, actual_path):
    """Problems when the two documents differ at the proto level (field order and YAML spelling
    do not matter; resource order does)."""
    expected_problems, expected = parse(expected_path)
    actual_problems, actual = parse(actual_path)
    problems = [f"{expected_path}: {p}" for p in expected_problems] + [f"{actual_path}: {p}" for p in actual_problems]
    if problems:
        return problems
    if len(expected) != len(actual):
        return [f"{len(expected)} resources expected, {len(actual)} found"]
    for index, ((expected_type, expected_message), (actual_type, actual_message)) in enumerate(zip(expected, actual)):
        if expected_type != actual_type or expected_message != actual_message:
            want = json_format.MessageToDict(expected_message, preserving_proto_field_name=True)
            got = json_format.MessageToDict(actual_message, preserving_proto_field_name=True)
            problems.append(f"resources[{index}] differs:\n  expected {expected_type} {want}\n  actual   {actual_type} {got}")
    return problems


def main(paths):
    if paths and paths[0] == "--compare":
        if len(paths) != 3:
            print("usage: check_envoy.py --compare EXPECTED ACTUAL", file=sys.stderr)
            return 2
        problems = compare(paths[1], paths[2])
        for problem in problems:
            print(problem)
        print(f"{paths[2]}: {'SAME' if not problems else 'DIFFERENT'} as {paths[1]}")
        return 0 if not problems else 1
    if not paths:
        print("usage: check_envoy.py FILE...", file=sys.stderr)
        return 2
    ok = True
    for path in paths:
        problems = check(path)
        for problem in problems:
            print(f"{path}: {problem}")
        print(f"{path}: {'OK' if not problems else 'FAILED'}")
        ok = ok and not problems
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
