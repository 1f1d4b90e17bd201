/// A `service-splitter` entry (spec core-entries §5).
public struct ServiceSplitter: Sendable, Hashable {
  public var name: Located<String>?
  public var partition: Located<String>?
  public var namespace: Located<String>?
  public var splits: Located<[Located<ServiceSplit>]>?
  public var meta: Located<OrderedMap<String>>?
  public var createIndex: Located<UInt64>?
  public var modifyIndex: Located<UInt64>?
  public init() {}
}

/// One `Splits` element.
public struct ServiceSplit: Sendable, Hashable {
  /// Only the fields that are set (``PackedFields``): a split sets two or three of its seven.
  private var fields = PackedFields<Field>()

  private enum Field: PackedField {
    case weight(Located<Double>)
    case service(Located<String>)
    case serviceSubset(Located<String>)
    case namespace(Located<String>)
    case partition(Located<String>)
    case requestHeaders(Located<HTTPHeaderModifiers>)
    case responseHeaders(Located<HTTPHeaderModifiers>)

    enum Tag: Int, Comparable {
      case weight, service, serviceSubset, namespace, partition, requestHeaders, responseHeaders
      static func < (a: Tag, b: Tag) -> Bool { a.rawValue < b.rawValue }
    }

    var tag: Tag {
      switch self {
      case .weight: .weight
      case .service: .service
      case .serviceSubset: .serviceSubset
      case .namespace: .namespace
      case .partition: .partition
      case .requestHeaders: .requestHeaders
      case .responseHeaders: .responseHeaders
      }
    }
  }

  /// Go `float32` in Consul. Stored as the `Double` parsed from the text; checks must do the
  /// float32 arithmetic of spec core-entries §5.2 (`Float(weight)`).
  public var weight: Located<Double>? {
    get {
      fields.first {
        if case .weight(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.weight, newValue.map(Field.weight)) }
  }
  /// Defaults to the splitter's `Name`.
  public var service: Located<String>? {
    get {
      fields.first {
        if case .service(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.service, newValue.map(Field.service)) }
  }
  public var serviceSubset: Located<String>? {
    get {
      fields.first {
        if case .serviceSubset(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.serviceSubset, newValue.map(Field.serviceSubset)) }
  }
  public var namespace: Located<String>? {
    get {
      fields.first {
        if case .namespace(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.namespace, newValue.map(Field.namespace)) }
  }
  public var partition: Located<String>? {
    get {
      fields.first {
        if case .partition(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.partition, newValue.map(Field.partition)) }
  }
  public var requestHeaders: Located<HTTPHeaderModifiers>? {
    get {
      fields.first {
        if case .requestHeaders(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.requestHeaders, newValue.map(Field.requestHeaders)) }
  }
  public var responseHeaders: Located<HTTPHeaderModifiers>? {
    get {
      fields.first {
        if case .responseHeaders(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.responseHeaders, newValue.map(Field.responseHeaders)) }
  }
  public init() {}
}

/// Reflects the fields, not their packed storage, so that dumps and reflection see every field.
extension ServiceSplit: CustomReflectable {
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        ("weight", weight as Any),
        ("service", service as Any),
        ("serviceSubset", serviceSubset as Any),
        ("namespace", namespace as Any),
        ("partition", partition as Any),
        ("requestHeaders", requestHeaders as Any),
        ("responseHeaders", responseHeaders as Any),
      ], displayStyle: .struct)
  }
}
