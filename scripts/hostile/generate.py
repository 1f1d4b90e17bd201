#!/usr/bin/env python3
"""The hostile inputs of issue 12, generated (nothing large is committed).

    generate.py DIR

writes every case's files into DIR and DIR/manifest.tsv, one case a line:

    name <TAB> expected exit status <TAB> text the output must contain ("-": any) <TAB> shell command

The command runs with `sh -c` in DIR, with $CENTRY set to the binary. Both the test suite
(Tests/CentryCLITests/HostileInputTests.swift, debug binary, asserting status and text) and
`make hostile` (scripts/hostile/run.sh, release binary, time and peak memory) read the manifest.
"""
import os
import sys

MILLION = 1_000_000


def main() -> None:
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    cases = []

    def write(name: str, data) -> str:
        path = os.path.join(out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data.encode() if isinstance(data, str) else data)
        return name

    def case(name: str, status: int, expect: str, command: str) -> None:
        cases.append((name, str(status), expect or "-", command))

    def lint(name: str, data, status: int, expect: str, extra: str = "") -> None:
        file = write(f"{name}.{'json' if name.startswith('json') else 'hcl'}", data)
        # A router needs its service to speak HTTP.
        also = " http-web.hcl" if "service-router" in str(data[:40]) else ""
        case(name, status, expect, f'"$CENTRY" lint{extra}{also} {file}')

    write("http-web.hcl", 'Kind = "service-defaults"\nName = "web"\nProtocol = "http"\n')
    resolver = 'Kind = "service-resolver"\nName = "web"\nSubsets = { v1 = { Filter = "%s" } }\n'
    router = 'Kind = "service-router"\nName = "web"\nRoutes = [%s]\n'
    defaults = 'Kind = "service-defaults"\nName = "web"\n'

    # Deep nesting, every nested construct of every input language.
    depth = 100_000
    lint("hcl-deep-blocks", "a { " * depth, 1, "nesting deeper than")
    lint("hcl-deep-lists", "a = " + "[" * depth, 1, "nesting deeper than")
    lint("hcl-deep-objects", "a = " + "{ b = " * depth, 1, "nesting deeper than")
    lint("json-deep-objects", '{"a": ' * depth, 1, "nesting deeper than")
    lint("json-deep-arrays", '{"a": ' + "[" * depth, 1, "nesting deeper than")
    write("deep.yaml", "a:\n" + "".join("  " * i + "- [\n" for i in range(2000)))
    case("yaml-deep", 1, "unsupported-input", '"$CENTRY" lint deep.yaml')
    lint("filter-deep-parentheses", resolver % ("(" * depth + "Service.ID == x" + ")" * depth), 1,
         "filter nests deeper than")
    lint("filter-deep-not", resolver % ("not " * depth + "Service.ID == x"), 1, "filter nests deeper than")
    lint("filter-deep-collections", resolver % ("any Service.Tags as t { " * 5000 + "t == x" + " }" * 5000),
         1, "filter nests deeper than")
    lint("regex-deep-groups", router % ('{ Match { HTTP { PathRegex = "%s" } } }' % ("(" * depth + "a" + ")" * depth)),
         0, "regex-program-size")
    lint("regex-deep-classes", router % ('{ Match { HTTP { PathRegex = "%s" } } }' % ("(?:a|" * 20000 + "b" + ")" * 20000)),
         0, "")

    # Thousands of filter clauses (the segmentation fault of issue 12).
    clauses = " and ".join(f'Service.Meta.k{i} == v' for i in range(20_000))
    lint("filter-20000-and", resolver % clauses, 0, "")
    clauses = " or ".join(f'Service.Tags contains t{i}' for i in range(20_000))
    lint("filter-20000-or", resolver % clauses, 0, "")
    clauses = " and ".join(f'(Service.ID == a{i} or not Service.ID == b{i})' for i in range(5_000))
    lint("filter-5000-mixed", resolver % clauses, 0, "")

    # Very long lines, keys and strings.
    lint("hcl-long-string", defaults + 'Meta = { a = "' + "x" * (10 * MILLION) + '" }\n', 1, "meta")
    lint("hcl-long-key", defaults + "Meta = { " + "k" * MILLION + ' = "v" }\n', 1, "meta")
    lint("hcl-long-line", defaults + "Unknown = [" + "1, " * (3 * MILLION) + "]\n", 1, "unknown-field")
    lint("hcl-long-comment", "# " + "c" * (10 * MILLION) + "\n" + defaults, 0, "")
    lint("regex-long", router % ('{ Match { HTTP { PathRegex = "/%s" } } }' % ("a" * 500_000)), 0,
         "regex-program-size")

    # A million list elements and a million map entries.
    lint("hcl-list-1e6", defaults + "Unknown = [" + "1," * MILLION + "]\n", 1, "unknown-field")
    lint("json-list-1e6", '{"Kind": "service-defaults", "Name": "web", "Unknown": [' + ",".join(["1"] * MILLION) + "]}",
         1, "unknown-field")
    lint("hcl-map-1e6", defaults + "Meta = {\n" + "".join(f'  k{i} = "v"\n' for i in range(MILLION)) + "}\n",
         1, "meta")
    lint("json-map-1e6", '{"Kind": "service-defaults", "Name": "web", "Meta": {'
         + ",".join(f'"k{i}": "v"' for i in range(MILLION)) + "}}", 1, "meta")
    lint("router-1e6-empty-routes", router % ("{}," * MILLION), 0, "router-route-shadowed", " --format json")
    lint("router-1e5-distinct-routes",
         router % ",".join(f'{{ Match {{ HTTP {{ PathExact = "/p{i}" }} }} }}' for i in range(100_000)), 0, "")
    lint("router-1e5-header-routes",
         router % ",".join(f'{{ Match {{ HTTP {{ Header = [{{ Name = "h{i}", Exact = "v" }}] }} }} }}'
                           for i in range(100_000)), 0, "")

    # Invalid UTF-8 and NUL bytes inside strings, heredocs, filters and regexes.
    lint("utf8-invalid-string", defaults.encode() + b'Meta = { a = "\xff\xfe" }\n', 1, "")
    lint("nul-in-string", defaults.encode() + b'Meta = { a = "a\x00b" }\n', 1, "")
    lint("utf8-invalid-heredoc", defaults.encode() + b"Meta = { a = <<EOT\n\xc3\x28\nEOT\n}\n", 1, "")
    lint("nul-in-heredoc", defaults.encode() + b"Meta = { a = <<EOT\na\x00b\nEOT\n}\n", 1, "")
    lint("utf8-invalid-filter", (resolver % "Service.ID == \xff").encode("latin-1"), 1, "")
    lint("nul-escape-filter", resolver % 'Service.ID == \\"a\\u0000b\\"', 0, "")
    lint("utf8-invalid-regex", (router % '{ Match { HTTP { PathRegex = "/\xff(" } } }').encode("latin-1"), 1, "")
    lint("nul-escape-regex", router % '{ Match { HTTP { PathRegex = "/a\\u0000b" } } }', 0, "")
    lint("json-nul-escape", '{"Kind": "service-defaults", "Name": "w\\u0000eb"}', 0, "")

    # Catastrophic-backtracking candidates: RE2 matches in linear time, so these only have to finish.
    for index, pattern in enumerate(["(a+)+$", "(a|a)*b", "(a|aa)+c", "(.*a){20}", "((a*)*)*b"]):
        escaped = pattern.replace("\\", "\\\\")
        lint(f"regex-backtracking-{index}", router % ('{ Match { HTTP { PathRegex = "/%s" } } }' % escaped), 0, "")
    # Many distinct patterns that compile to large programs (memory: the compiled-pattern cache).
    lint("regex-many-large", router % ",".join(
        f'{{ Match {{ HTTP {{ PathRegex = "/r{i}/\\\\pL{{200}}" }} }} }}' for i in range(25)), 0, "regex-program-size")
    catalog = '{"web": [' + ",".join(
        '{"Service": {"ID": "%s", "Service": "web"}}' % ("a" * 5000 + "b") for _ in range(200)) + "]}"
    write("catalog.json", catalog)
    write("backtracking-filter.hcl", resolver % 'Service.ID matches \\"^(a+)+$\\"')
    case("filter-matches-backtracking", 0, "", '"$CENTRY" lint --catalog catalog.json backtracking-filter.hcl')
    write("catalog-deep.json", '{"web": [' + "[" * depth)
    case("catalog-deep", 2, "invalid catalog", '"$CENTRY" lint --catalog catalog-deep.json backtracking-filter.hcl')

    # The file system.
    write("loops/ok.hcl", defaults)
    os.symlink("self.hcl", os.path.join(out, "loops/self.hcl"))
    os.symlink(".", os.path.join(out, "loops/again"))
    case("symlink-loop", 2, "too many levels of symbolic links", '"$CENTRY" lint loops')
    write("dangling/ok.hcl", defaults)
    os.symlink("gone.hcl", os.path.join(out, "dangling/vanished.hcl"))
    case("file-vanished", 2, "no such file or directory", '"$CENTRY" lint dangling')
    case("unreadable-file", 2, "input/output error", '"$CENTRY" lint /proc/self/mem')
    write("notdir/ok.hcl", defaults)
    case("not-a-directory", 2, "not a directory", '"$CENTRY" lint notdir/ok.hcl/')
    os.makedirs(os.path.join(out, "fifo"), exist_ok=True)
    os.mkfifo(os.path.join(out, "fifo/pipe.hcl"))
    case("fifo-in-directory", 2, "a FIFO", '"$CENTRY" lint fifo')
    # Named on the command line, a FIFO is read like standard input (here with a writer; the
    # `<>` open afterwards releases a writer left waiting if centry never opened the FIFO).
    write("unknown-field.hcl", defaults + "Colour = 1\n")
    case("fifo-argument", 1, "fifo/pipe.hcl:3:1",
         '{ cat unknown-field.hcl >fifo/pipe.hcl & } ; "$CENTRY" lint fifo/pipe.hcl; s=$?; : <>fifo/pipe.hcl; exit $s')
    case("process-substitution", 1, "/dev/fd/", "bash -c '\"$CENTRY\" lint <(cat unknown-field.hcl)'")
    case("dev-stdin-pipe", 1, "/dev/stdin:3:1", 'cat unknown-field.hcl | "$CENTRY" lint /dev/stdin')
    case("pipe-named-twice", 2, "same pipe", 'cat unknown-field.hcl | "$CENTRY" lint - /dev/stdin')
    # A device named on the command line is read too, within the size bound.
    case("device-argument", 2, "larger than 32 MiB", '"$CENTRY" lint /dev/zero')
    case("device-random", 2, "larger than 32 MiB", '"$CENTRY" lint /dev/urandom')
    case("too-large", 2, "larger than", 'head -c 40000000 /dev/zero | tr "\\0" " " > big.hcl && "$CENTRY" lint big.hcl')
    case("stdin-closed", 2, "cannot read standard input: it is closed", '"$CENTRY" lint - <&-')
    case("stdin-truncated", 1, "syntax", 'printf \'Kind = "service-defaults"\\nName = "we\' | "$CENTRY" lint -')
    write("many-errors.hcl", defaults + "".join(f"Unknown{i} = 1\n" for i in range(20_000)))
    case("closed-pipe", 0, "status=1 stderr=0",
         '{ "$CENTRY" lint many-errors.hcl 2>pipe.err; echo "status=$?" >pipe.status; } | head -1 >/dev/null; '
         'printf "%s stderr=%s" "$(cat pipe.status)" "$(wc -c <pipe.err | tr -d " ")"')

    with open(os.path.join(out, "manifest.tsv"), "w") as manifest:
        for fields in cases:
            manifest.write("\t".join(fields) + "\n")


if __name__ == "__main__":
    main()
