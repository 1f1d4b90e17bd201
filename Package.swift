// swift-tools-version:6.0
import PackageDescription

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
    .target(name: "CentryKit", dependencies: ["CPCRE2", "CLibYAML", "CRE2Shim"]),
    // The Consul HTTP client (AsyncHTTPClient, SwiftNIO): only the executable and tests link it,
    // so CentryKit stays free of networking.
    .target(
      name: "CentryConsul",
      dependencies: [
        "CentryKit",
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
        "CentryKit", "CentryConsul", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "centry-bench", dependencies: ["CentryKit"], path: "Benchmarks/centry-bench"),
    .target(name: "CentryTestSupport", dependencies: ["CentryKit"], path: "Tests/CentryTestSupport"),
    .testTarget(name: "CentryKitTests", dependencies: ["CentryKit", "CentryTestSupport"]),
    // A Consul-compatible HTTP server on SwiftNIO for end-to-end tests of the network commands.
    .target(
      name: "ConsulTestServer",
      dependencies: [
        "CentryKit",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ],
      path: "Tests/ConsulTestServer"
    ),
    .testTarget(name: "CentryConsulTests", dependencies: ["CentryConsul", "CentryKit", "ConsulTestServer"]),
    .testTarget(name: "CentryCLITests", dependencies: ["CentryTestSupport", "ConsulTestServer"]),
  ],
  swiftLanguageModes: [.v5]
)
