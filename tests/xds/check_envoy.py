"""Strict schema check of `centry compile --to envoy` output against Envoy's protos (xds-protos).

Usage: check_envoy.py FILE...   (exit 0 when every file passes)

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


def check(path):
    problems = []
    try:
        with open(path, encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as error:
        return [f"cannot read YAML: {error}"]
    if not isinstance(document, dict) or list(document) != ["resources"] or not isinstance(document["resources"], list):
        return ["the document must be a mapping with the single key `resources` holding a list"]
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
    return problems


def main(paths):
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
