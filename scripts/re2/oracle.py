#!/usr/bin/env python3
"""RE2's own verdict on regexes, for the test suite (Tests/CentryAnalysisTests/Expr/RE2OracleTests.swift).

Usage:
  oracle.py patterns FILE   one JSON object per pattern line of FILE:
                            {"pattern", "ok", "error", "program_size"}
  oracle.py matches FILE    one JSON object per `pattern<TAB>subject` line of FILE, where
                            `\\n` in the subject is a newline and `\\\\` a backslash:
                            {"pattern", "subject", "full", "partial"}

Lines starting with `## ` and empty lines are skipped. Patterns are compiled the way Envoy
compiles route regexes (`re2::RE2(pattern, re2::RE2::Quiet)`: default options, UTF-8, errors
not logged); `program_size` is `RE2::ProgramSize()`, the number Envoy compares with
`re2.max_program_size.error_level`. `full` is `RE2::FullMatch` (Envoy's safe_regex), `partial`
an unanchored search (Go's `regexp.MatchString`, which bexpr's `matches` uses).
"""
import json
import sys

import re2


def lines(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle.read().split("\n"):
            if line == "" or line.startswith("## "):
                continue
            yield line


def unescape(subject):
    out, index = [], 0
    while index < len(subject):
        if subject[index] == "\\" and index + 1 < len(subject):
            out.append("\n" if subject[index + 1] == "n" else subject[index + 1])
            index += 2
        else:
            out.append(subject[index])
            index += 1
    return "".join(out)


def compile_quiet(pattern):
    options = re2.Options()
    options.log_errors = False
    return re2.compile(pattern, options)


def verdict(pattern):
    try:
        regexp = compile_quiet(pattern)
    except re2.error as error:
        message = error.args[0] if error.args else ""
        if isinstance(message, bytes):
            message = message.decode("utf-8", "replace")
        return {"pattern": pattern, "ok": False, "error": message, "program_size": None}
    return {"pattern": pattern, "ok": True, "error": None, "program_size": regexp.programsize}


def match(pattern, subject):
    regexp = compile_quiet(pattern)
    return {
        "pattern": pattern,
        "subject": subject,
        "full": regexp.fullmatch(subject) is not None,
        "partial": regexp.search(subject) is not None,
    }


def main(argv):
    if len(argv) != 3 or argv[1] not in ("patterns", "matches"):
        print(__doc__, file=sys.stderr)
        return 2
    out = []
    for line in lines(argv[2]):
        if argv[1] == "patterns":
            out.append(verdict(line))
        else:
            pattern, _, subject = line.partition("\t")
            out.append(match(pattern, unescape(subject)))
    for item in out:
        print(json.dumps(item, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
