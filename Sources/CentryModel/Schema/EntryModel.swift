import CentryCore

/// A config entry's top-level model: the fields every entry kind shares.
public protocol EntryModel: Described {
  var name: Located<String>? { get set }
  var partition: Located<String>? { get set }
  var namespace: Located<String>? { get set }
  var meta: Located<OrderedMap<String>>? { get set }
  var createIndex: Located<UInt64>? { get set }
  var modifyIndex: Located<UInt64>? { get set }
}

extension ServiceDefaults: EntryModel {}
extension ProxyDefaults: EntryModel {}
extension ServiceRouter: EntryModel {}
extension ServiceSplitter: EntryModel {}
extension ServiceResolver: EntryModel {}

// The shared fields, one line each in every entry's description. Their key paths go through the
// protocol, so they are applied at run time (unlike those written in a description); there are
// few of them, once per entry.
extension Field where Model: EntryModel {
  /// `Name`, always written; a consul-k8s resource takes it from `metadata.name`.
  static func name(default defaultValue: String? = nil, _ summary: String) -> Field {
    Field("Name", \.name, .string, json: .always, crd: .metadata("name"), default: defaultValue, summary)
  }

  static var partition: Field {
    Field(
      "Partition", \.partition, .string, crd: .omitted, default: "default", enterprise: .rejectedByCE,
      "The admin partition the entry applies to.")
  }

  static var namespace: Field {
    Field(
      "Namespace", \.namespace, .string, crd: .metadata("namespace"), default: "default", enterprise: .rejectedByCE,
      "The namespace the entry applies to.")
  }

  /// consul-k8s writes its own `Meta` (`external-source` …); a resource cannot set it.
  static var meta: Field {
    Field("Meta", \.meta, .meta, crd: .omitted, "Free-form key-value pairs stored with the entry.")
  }

  static var createIndex: Field {
    Field(
      "CreateIndex", \.createIndex, .uint64, json: .always, crd: .omitted,
      "The Raft index the entry was created at; read-only, ignored on write.")
  }

  static var modifyIndex: Field {
    Field(
      "ModifyIndex", \.modifyIndex, .uint64, json: .always, crd: .omitted,
      "The Raft index of the entry's last change; read-only, ignored on write.")
  }
}
