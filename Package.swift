// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "centry",
  products: [
    .executable(name: "centry", targets: ["centry"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
    .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
    // Google RE2, the regex library Envoy links, behind a small C interface (Debian: libre2-dev).
    .target(name: "CRE2Shim", linkerSettings: [.linkedLibrary("re2")]),
    .target(name: "CentryKit", dependencies: ["CPCRE2", "CLibYAML", "CRE2Shim"]),
    .executableTarget(
      name: "centry",
      dependencies: ["CentryKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    .executableTarget(name: "centry-bench", dependencies: ["CentryKit"], path: "Benchmarks/centry-bench"),
    .target(name: "CentryTestSupport", dependencies: ["CentryKit"], path: "Tests/CentryTestSupport"),
    .testTarget(name: "CentryKitTests", dependencies: ["CentryKit", "CentryTestSupport"]),
    .testTarget(name: "CentryCLITests", dependencies: ["CentryTestSupport"]),
    .testTarget(name: "CentryBenchTests", dependencies: ["centry-bench", "CentryKit"]),
  ],
  swiftLanguageModes: [.v5]
)
