import CLibYAML

/// An ordered YAML tree: the only thing emitters build; ``YAMLWriter`` turns it into text.
///
/// Mappings keep their keys in the order given (never a `Dictionary`), so output is deterministic.
public indirect enum YAMLNode: Sendable, Equatable {
  /// A string. Written plain when YAML would read it back as the same string, double-quoted when
  /// a YAML 1.1/1.2 reader would take it for a number, boolean, null or timestamp (`"1"`, `"on"`),
  /// or when it starts with an indicator character (`"*"`, `":method"`, `"@type"`).
  case string(String)
  case int(Int)
  case bool(Bool)
  /// Keys in output order.
  case mapping([(key: String, value: YAMLNode)])
  case sequence([YAMLNode])

  public static func == (a: YAMLNode, b: YAMLNode) -> Bool {
    switch (a, b) {
    case (.string(let x), .string(let y)): x == y
    case (.int(let x), .int(let y)): x == y
    case (.bool(let x), .bool(let y)): x == y
    case (.sequence(let x), .sequence(let y)): x == y
    case (.mapping(let x), .mapping(let y)):
      x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    case (.string, _), (.int, _), (.bool, _), (.mapping, _), (.sequence, _): false
    }
  }
}

/// Writes a ``YAMLNode`` as libyaml's emitter does: block style, 2-space indentation, no line
/// folding, UTF-8 kept as is, one document without `---`/`...` markers.
///
/// The text comes from ``YAMLDirectWriter``, which prints the tree straight into a byte buffer;
/// libyaml itself (``libyaml(_:)``, the only use of the libyaml C API) stays as the reference the
/// tests compare it with, byte for byte.
public enum YAMLWriter {
  /// The YAML text of `node` (optional for the callers written against libyaml, which could
  /// report an error; the direct writer cannot fail).
  public static func write(_ node: YAMLNode) -> String? {
    var writer = YAMLDirectWriter(capacity: 4096)
    writer.document(node)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// The text of `node` as an item of a block sequence that is a mapping's value: `- …` and a
  /// line break, as ``write(_:)`` writes the item inside `key: [node, …]` (such a sequence is not
  /// indented). The pieces of ``list(_:under:)``.
  public static func listItem(_ node: YAMLNode) -> [UInt8] {
    var writer = YAMLDirectWriter(capacity: 2048)
    writer.document(.sequence([node]))
    return writer.bytes
  }

  /// ``write(_:)`` of the mapping `key: [items…]` from the ``listItem(_:)`` texts of its items.
  /// `nil` unless `key` is written plain (a name such as `resources`).
  public static func list(_ items: [[UInt8]], under key: String) -> String? {
    guard !YAMLScalarResolver.needsQuotes(key), isPlainSimpleKey(key) else { return nil }
    if items.isEmpty { return key + ": []\n" }
    let header = Array((key + ":\n").utf8)
    let count = items.reduce(header.count) { $0 + $1.count }
    // Straight into the string's storage: a document of tens of megabytes is copied once.
    return String(unsafeUninitializedCapacity: count) { buffer in
      var offset = 0
      func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
        _ = UnsafeMutableBufferPointer(rebasing: buffer[offset..<offset + bytes.count]).initialize(from: bytes)
        offset += bytes.count
      }
      header.withUnsafeBufferPointer(copy)
      for item in items { item.withUnsafeBufferPointer(copy) }
      return offset
    }
  }

  /// `key` is written `key:` as it stands: plain, on one line, short enough for a simple key.
  private static func isPlainSimpleKey(_ key: String) -> Bool {
    var key = key
    return key.withUTF8 { utf8 in
      let analysis = YAMLScalarAnalysis(utf8)
      return analysis.blockPlainAllowed && !analysis.multiline && utf8.count <= 128 && !utf8.isEmpty
    }
  }

  /// The YAML text of `node` from libyaml's emitter, or `nil` if libyaml reports an error (it
  /// cannot for trees built from ``YAMLNode``, whose scalars are always valid). The reference
  /// ``YAMLDirectWriter`` is tested against.
  static func libyaml(_ node: YAMLNode) -> String? {
    var emitter = yaml_emitter_t()
    guard yaml_emitter_initialize(&emitter) == 1 else { return nil }
    defer { yaml_emitter_delete(&emitter) }
    let sink = OutputSink()
    let context = Unmanaged.passUnretained(sink).toOpaque()
    yaml_emitter_set_output(
      &emitter,
      { data, buffer, size in
        guard let data, let buffer else { return 0 }
        let sink = Unmanaged<OutputSink>.fromOpaque(data).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
        return 1
      }, context)
    yaml_emitter_set_unicode(&emitter, 1)
    yaml_emitter_set_indent(&emitter, 2)
    yaml_emitter_set_width(&emitter, -1)
    yaml_emitter_set_break(&emitter, YAML_LN_BREAK)

    var ok = true
    func emit(_ initialize: (inout yaml_event_t) -> Int32) {
      guard ok else { return }
      var event = yaml_event_t()
      guard initialize(&event) == 1 else {
        ok = false
        return
      }
      // yaml_emitter_emit takes ownership of the event, also on failure.
      if yaml_emitter_emit(&emitter, &event) != 1 { ok = false }
    }

    emit { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
    emit { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
    emitNode(node, emit: emit)
    emit { yaml_document_end_event_initialize(&$0, 1) }
    emit { yaml_stream_end_event_initialize(&$0) }
    guard ok, yaml_emitter_flush(&emitter) == 1 else { return nil }
    return String(decoding: sink.bytes, as: UTF8.self)
  }

  private final class OutputSink {
    var bytes: [UInt8] = []
  }

  private static func emitNode(_ node: YAMLNode, emit: ((inout yaml_event_t) -> Int32) -> Void) {
    switch node {
    case .string(let text):
      scalar(
        text, style: YAMLScalarResolver.needsQuotes(text) ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE,
        emit: emit)
    case .int(let value):
      scalar(String(value), style: YAML_PLAIN_SCALAR_STYLE, emit: emit)
    case .bool(let value):
      scalar(value ? "true" : "false", style: YAML_PLAIN_SCALAR_STYLE, emit: emit)
    case .mapping(let members):
      emit { yaml_mapping_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) }
      for member in members {
        emitNode(.string(member.key), emit: emit)
        emitNode(member.value, emit: emit)
      }
      emit { yaml_mapping_end_event_initialize(&$0) }
    case .sequence(let elements):
      emit { yaml_sequence_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE) }
      for element in elements { emitNode(element, emit: emit) }
      emit { yaml_sequence_end_event_initialize(&$0) }
    }
  }

  private static func scalar(
    _ text: String, style: yaml_scalar_style_t, emit: ((inout yaml_event_t) -> Int32) -> Void
  ) {
    var bytes = Array(text.utf8)
    let count = Int32(bytes.count)
    bytes.append(0)
    bytes.withUnsafeMutableBufferPointer { buffer in
      emit { yaml_scalar_event_initialize(&$0, nil, nil, buffer.baseAddress, count, 1, 1, style) }
    }
  }
}
