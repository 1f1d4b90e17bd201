import CentryCore

/// `syntax`: every lexer and parser error; the file is not valid HCL v1 (or JSON).
public struct SyntaxRule: DescribedRule {
  public static let description = RuleDescription(
    id: .syntax,
    severity: .error,
    summary: "The file must be valid HCL v1 or JSON, exactly as `consul config write` accepts it",
    rationale: """
      `consul config write` parses a file as JSON when its first non-blank character is `{` and as \
      HCL version 1 otherwise (not HCL2: no functions, `${…}` stays literal text). Anything its \
      parser rejects never reaches Consul: the command fails with an error such as \
      `At 2:8: literal not terminated`. centry's parser accepts exactly that language and reports \
      every problem it finds, not only the first, each saying what was expected and what was \
      found: a missing `=` or value, an unterminated string, heredoc, list or object, an invalid \
      escape, an unquoted word, a stray bracket, single quotes, invalid UTF-8, a byte order mark, \
      JSON trailing commas and comments, nesting deeper than 512 levels, and HCL v1's quirks such \
      as a `<<-EOF` heredoc whose closing `EOF` sits in column 0 (HCL v1 never sees it).
      """,
    passing: [
      Example(
        """
        # static-server defaults
        Kind = "service-defaults"
        Name = "static-server"
        Protocol = "http"
        """),
      Example(
        """
        Kind = "service-router"
        Name = "whoami"
        Routes = [
          {
            Match { HTTP { Header = [{ Name = "x-version" Exact = "2" }] } }
            Destination { Service = "whoami", ServiceSubset = "v2" }
          },
        ]
        """),
      Example(
        """
        {
          "Kind": "service-splitter",
          "Name": "web",
          "Splits": [{"Weight": 90, "ServiceSubset": "v1"}, {"Weight": 10, "ServiceSubset": "v2"}]
        }
        """),
    ],
    failing: [
      Example(
        """
        Kind = "service-router"
        Routes «]»
        """),
      Example(
        """
        Kind = "service-defaults"
        Name = «"static-server»
        Protocol = "http"
        """),
      Example(
        """
        Kind = "service-defaults"
        Protocol = «http»
        """),
      Example(
        """
        Kind = "service-resolver"
        Name = "whoami"
        Subsets = {
          "v1" = { Filter = "Service.Meta.version «\\q» v1" }
        }
        """),
      Example(
        """
        Kind = "service-resolver"
        Filter = «<<EOF»
        Service.Meta.version == v1
        """),
      Example(
        """
        {
          "Kind": "service-defaults",
          "Name": "web"«,»
        }
        """),
      // HCL v1 closes `<<-EOF` only on a line at least as long as `-EOF`.
      Example(
        """
        Kind = "service-resolver"
        Name = "web"
        Subsets = {
          v1 = {
            Filter = <<-EOF
              Service.Meta.version == v1
        «EOF»
          }
        }
        """),
    ])
}

extension RuleID {
  public static let syntax = RuleID("syntax")
}
