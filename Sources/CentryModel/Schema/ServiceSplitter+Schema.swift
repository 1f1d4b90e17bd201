import CentryCore

// service-splitter (api `ServiceSplitterConfigEntry`; spec core-entries §5).

extension ServiceSplitter {
  public static let schema = StructSchema<Self>(
    "ServiceSplitterConfigEntry", kind: .serviceSplitter,
    summary: "Splits one service's traffic by weight across services or subsets.",
    [
      .name("The service whose traffic is split."),
      .partition,
      .namespace,
      Field("Splits", \.splits, .list(.object), "The splits; their weights add up to 100."),
      .meta,
      .createIndex,
      .modifyIndex,
    ])
}

extension ServiceSplit: Described {
  public static let schema = StructSchema<Self>(
    "ServiceSplit", summary: "One share of the traffic and where it goes.",
    [
      Field(
        "Weight", \.weight, .float32, json: .always,
        "The percentage of traffic sent to this split, from 0.01 to 100 (float32)."),
      Field("Service", \.service, .string, "The service this share goes to; defaults to the splitter's Name."),
      Field(
        "ServiceSubset", \.serviceSubset, .string, alias: "service_subset",
        "The subset of that service (a service-resolver subset); defaults to its DefaultSubset."),
      Field(
        "Namespace", \.namespace, .string, enterprise: .yes,
        "The namespace to resolve the service in; defaults to the entry's."),
      Field(
        "Partition", \.partition, .string, enterprise: .yes,
        "The admin partition to resolve the service in; defaults to the entry's."),
      Field(
        "RequestHeaders", \.requestHeaders, .object, alias: "request_headers", json: .pointer,
        "Header changes applied to requests sent through this split (not with `tcp`)."),
      Field(
        "ResponseHeaders", \.responseHeaders, .object, alias: "response_headers", json: .pointer,
        "Header changes applied to responses of this split (not with `tcp`)."),
    ])
}
