// swift-tools-version:6.0
import PackageDescription

// The layers of centry (docs/architecture.md). A target's dependency list is its set of arrows:
// a lower layer cannot import a higher one, so a wrong-way use does not compile.
let package = Package(
  name: "centry",
  products: [
    .executable(name: "centry", targets: ["centry"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
  ],
  targets: [
    .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
    .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
    // Google RE2, the regex library Envoy links, behind a small C interface (Debian: libre2-dev).
    .target(name: "CRE2Shim", linkerSettings: [.linkedLibrary("re2")]),
    // Diagnostics, rule IDs and descriptions, source positions, ordered JSON, Go formatting.
    .target(name: "CentryCore"),
    // HCL v1 and JSON: lexer, parsers, AST.
    .target(name: "CentrySyntax", dependencies: ["CentryCore"]),
    // Typed config entries and the decoder.
    .target(name: "CentryModel", dependencies: ["CentrySyntax", "CentryCore"]),
    // Filter and regex expressions, discovery-chain compilation, the rules and their registry.
    .target(
      name: "CentryAnalysis", dependencies: ["CentryModel", "CentrySyntax", "CentryCore", "CPCRE2", "CRE2Shim"]),
    // JSON API bodies, Envoy resources, chain explanations and route reports.
    .target(name: "CentryEmit", dependencies: ["CentryAnalysis", "CentryModel", "CentryCore", "CLibYAML"]),
    // Diagnostic renderers: text, json, sarif, github, checkstyle.
    .target(name: "CentryRender", dependencies: ["CentryCore"]),
    // The pipelines: lint, compile, explain/route, the rule catalogue.
    .target(
      name: "CentryEngine",
      dependencies: ["CentryEmit", "CentryAnalysis", "CentryModel", "CentrySyntax", "CentryRender", "CentryCore"]),
    // The Consul HTTP client (AsyncHTTPClient, SwiftNIO) above the engine: only the executable
    // and the tests link it, so no library layer depends on networking.
    .target(
      name: "CentryConsul",
      dependencies: [
        "CentryEngine", "CentryModel", "CentryCore",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ]
    ),
    .executableTarget(
      name: "centry",
      dependencies: [
        "CentryConsul", "CentryEngine", "CentryEmit", "CentryAnalysis", "CentryModel", "CentryRender", "CentryCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "centry-bench", dependencies: ["CentryEngine", "CentrySyntax", "CentryRender", "CentryCore"],
      path: "Benchmarks/centry-bench"),
    .target(name: "CentryTestSupport", dependencies: ["CentryCore"], path: "Tests/CentryTestSupport"),
    .testTarget(name: "CentryCoreTests", dependencies: ["CentryCore", "CentryTestSupport"]),
    .testTarget(
      name: "CentrySyntaxTests", dependencies: ["CentrySyntax", "CentryCore", "CentryEngine", "CentryTestSupport"]),
    .testTarget(
      name: "CentryModelTests",
      dependencies: ["CentryModel", "CentrySyntax", "CentryCore", "CentryEngine", "CentryTestSupport"]),
    .testTarget(
      name: "CentryAnalysisTests",
      dependencies: [
        "CentryAnalysis", "CentryModel", "CentrySyntax", "CentryCore", "CentryEmit", "CentryRender", "CentryEngine",
        "CentryTestSupport",
      ]),
    .testTarget(
      name: "CentryEmitTests",
      dependencies: [
        "CentryEmit", "CentryAnalysis", "CentryModel", "CentrySyntax", "CentryCore", "CentryRender", "CentryEngine",
        "CentryTestSupport", "CLibYAML",
      ]),
    .testTarget(name: "CentryRenderTests", dependencies: ["CentryRender", "CentryCore", "CentryTestSupport"]),
    .testTarget(
      name: "CentryEngineTests",
      dependencies: [
        "CentryEngine", "CentryRender", "CentryAnalysis", "CentryModel", "CentrySyntax", "CentryCore",
        "CentryTestSupport",
      ]),
    // A Consul-compatible HTTP server on SwiftNIO for end-to-end tests of the network commands.
    .target(
      name: "ConsulTestServer",
      dependencies: [
        "CentryEngine", "CentryAnalysis", "CentryModel", "CentrySyntax", "CentryCore",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ],
      path: "Tests/ConsulTestServer"
    ),
    .testTarget(name: "CentryConsulTests", dependencies: ["CentryConsul", "ConsulTestServer"]),
    .testTarget(name: "CentryCLITests", dependencies: ["CentryTestSupport", "ConsulTestServer"]),
    .testTarget(
      name: "CentryBenchTests", dependencies: ["centry-bench", "CentryEngine", "CentryRender", "CentryCore"]),
  ],
  swiftLanguageModes: [.v5]
)
