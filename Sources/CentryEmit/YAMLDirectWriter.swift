/// Prints a ``YAMLNode`` tree into a byte buffer, byte for byte as libyaml's emitter does with the
/// settings of ``YAMLWriter/libyamlWrite(_:)`` (block style, indentation 2, no line width, unicode
/// kept, LF breaks, one implicit document).
///
/// libyaml spent most of the Envoy stage on one event per scalar (an allocation and copy of each
/// string, a queue, a state machine). This writer keeps the part of libyaml's state that decides
/// the layout — the indentation level, the column, and its `whitespace` and `indention` flags —
/// and follows the emitter's block-mapping, block-sequence, empty-flow-collection and scalar
/// rules; the style of each scalar comes from ``YAMLScalarAnalysis``, the same analysis libyaml
/// makes. `YAMLDirectWriterTests` compares the two over every Envoy fixture and many thousands of
/// generated trees of hostile strings.
struct YAMLDirectWriter {
  private(set) var bytes: [UInt8] = []
  /// libyaml's `indent` (-1 before the root node).
  private var indent = -1
  /// Characters written since the last line break.
  private var column = 0
  /// The last thing written was whitespace (or nothing): an indicator needs no space before it.
  private var whitespace = true
  /// Only indentation and indentation-like indicators (`-`, `?`) are on the line so far.
  private var indention = true

  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends `node` as one document (no `---`), ending with a line break.
  mutating func document(_ node: YAMLNode) {
    self.node(node, mappingContext: false)
    writeIndent()
    // A new document starts in libyaml's stream-start state.
    indent = -1
    column = 0
    whitespace = true
    indention = true
  }

  private enum Style { case plain, singleQuoted, doubleQuoted }

  private mutating func node(_ node: YAMLNode, mappingContext: Bool) {
    switch node {
    case .string(let text):
      scalar(text, simpleKey: false, quoted: YAMLScalarResolver.needsQuotes(text))
    case .int(let value):
      // Digits and a sign: plain in any context.
      raw(String(value).utf8)
    case .bool(let value):
      raw(value ? "true".utf8 : "false".utf8)
    case .sequence(let elements):
      if elements.isEmpty {
        writeIndicator(UInt8(ascii: "["), needWhitespace: true, isWhitespace: true, isIndention: false)
        writeIndicator(UInt8(ascii: "]"), needWhitespace: false, isWhitespace: false, isIndention: false)
        return
      }
      let saved = indent
      // A sequence that is a mapping's value (after `key:` on the same line) is not indented.
      increaseIndent(flow: false, indentless: mappingContext && !indention)
      // Through the buffer: the elements are passed on borrowed, without a retain and release each.
      elements.withUnsafeBufferPointer { elements in
        for index in elements.indices {
          writeIndent()
          writeIndicator(UInt8(ascii: "-"), needWhitespace: true, isWhitespace: false, isIndention: true)
          self.node(elements[index], mappingContext: false)
        }
      }
      indent = saved
    case .mapping(let members):
      if members.isEmpty {
        writeIndicator(UInt8(ascii: "{"), needWhitespace: true, isWhitespace: true, isIndention: false)
        writeIndicator(UInt8(ascii: "}"), needWhitespace: false, isWhitespace: false, isIndention: false)
        return
      }
      let saved = indent
      increaseIndent(flow: false, indentless: false)
      members.withUnsafeBufferPointer { members in
        for index in members.indices {
          writeIndent()
          key(members[index].key)
          self.node(members[index].value, mappingContext: true)
        }
      }
      indent = saved
    }
  }

  /// A mapping key: `key:` when it is a simple key (one line, at most 128 bytes), else the
  /// explicit `? key` / `:` form.
  private mutating func key(_ text: String) {
    let quoted = YAMLScalarResolver.needsQuotes(text)
    var text = text
    text.withUTF8 { utf8 in
      let analysis = YAMLScalarAnalysis(utf8)
      if !analysis.multiline && utf8.count <= 128 {
        scalar(utf8, analysis: analysis, simpleKey: true, quoted: quoted)
        writeIndicator(UInt8(ascii: ":"), needWhitespace: false, isWhitespace: false, isIndention: false)
      } else {
        writeIndicator(UInt8(ascii: "?"), needWhitespace: true, isWhitespace: false, isIndention: true)
        scalar(utf8, analysis: analysis, simpleKey: false, quoted: quoted)
        writeIndent()
        writeIndicator(UInt8(ascii: ":"), needWhitespace: true, isWhitespace: false, isIndention: true)
      }
    }
  }

  private mutating func scalar(_ text: String, simpleKey: Bool, quoted: Bool) {
    var text = text
    text.withUTF8 { utf8 in
      scalar(utf8, analysis: YAMLScalarAnalysis(utf8), simpleKey: simpleKey, quoted: quoted)
    }
  }

  /// libyaml's `yaml_emitter_select_scalar_style` for a scalar with no tag, implicit in both
  /// styles, outside flow collections; then the writer of that style, one indentation level in.
  private mutating func scalar(
    _ text: UnsafeBufferPointer<UInt8>, analysis: YAMLScalarAnalysis, simpleKey: Bool, quoted: Bool
  ) {
    var style: Style = quoted ? .doubleQuoted : .plain
    if simpleKey && analysis.multiline { style = .doubleQuoted }
    if style == .plain && (!analysis.blockPlainAllowed || (text.isEmpty && simpleKey)) { style = .singleQuoted }
    if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
    let saved = indent
    increaseIndent(flow: true, indentless: false)
    switch style {
    case .plain:
      if !whitespace && !text.isEmpty { put(0x20) }
      append(text, characters: analysis.characters)
      whitespace = false
      indention = false
    case .singleQuoted: singleQuoted(text)
    case .doubleQuoted: doubleQuoted(text)
    }
    indent = saved
  }

  private mutating func singleQuoted(_ text: UnsafeBufferPointer<UInt8>) {
    writeIndicator(UInt8(ascii: "'"), needWhitespace: true, isWhitespace: false, isIndention: false)
    var breaks = false
    let count = text.count
    @inline(__always) func at(_ index: Int) -> UInt8 { index < count ? text[index] : 0 }
    var index = 0
    while index < count {
      let byte = text[index]
      let width = YAMLScalarAnalysis.width(byte)
      if byte == 0x20 {
        put(0x20)
      } else if YAMLScalarAnalysis.isBreak(at: index, at) {
        // libyaml writes a run of breaks starting with LF with one more LF (a single LF inside
        // single quotes folds into a space).
        if !breaks && byte == 0x0A { putBreak() }
        if byte == 0x0A {
          putBreak()
        } else {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<index + width]))
          column = 0
        }
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        if byte == UInt8(ascii: "'") { put(byte) }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<min(count, index + width)]))
        column += 1
        indention = false
        breaks = false
      }
      index += width
    }
    if breaks { writeIndent() }
    writeIndicator(UInt8(ascii: "'"), needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  private mutating func doubleQuoted(_ text: UnsafeBufferPointer<UInt8>) {
    writeIndicator(UInt8(ascii: "\""), needWhitespace: true, isWhitespace: false, isIndention: false)
    let count = text.count
    @inline(__always) func at(_ index: Int) -> UInt8 { index < count ? text[index] : 0 }
    var index = 0
    while index < count {
      let byte = text[index]
      let width = min(YAMLScalarAnalysis.width(byte), count - index)
      let isBOM = byte == 0xEF && at(index + 1) == 0xBB && at(index + 2) == 0xBF
      if !YAMLScalarAnalysis.isPrintable(at: index, at) || isBOM || YAMLScalarAnalysis.isBreak(at: index, at)
        || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
      {
        escape(codePoint(text, at: index, width: width))
      } else {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<index + width]))
        column += 1
      }
      index += width
    }
    writeIndicator(UInt8(ascii: "\""), needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  private func codePoint(_ text: UnsafeBufferPointer<UInt8>, at index: Int, width: Int) -> UInt32 {
    let lead = UInt32(text[index])
    var value: UInt32 =
      switch width {
      case 2: lead & 0x1F
      case 3: lead & 0x0F
      case 4: lead & 0x07
      default: lead & 0x7F
      }
    for offset in 1..<max(1, width) { value = (value << 6) + (UInt32(text[index + offset]) & 0x3F) }
    return value
  }

  /// libyaml's escape of one character in a double-quoted scalar: the short forms YAML has, else
  /// `\xXX`, `\uXXXX` or `\UXXXXXXXX` in upper-case hex.
  private mutating func escape(_ value: UInt32) {
    put(UInt8(ascii: "\\"))
    let short: Character? =
      switch value {
      case 0x00: "0"
      case 0x07: "a"
      case 0x08: "b"
      case 0x09: "t"
      case 0x0A: "n"
      case 0x0B: "v"
      case 0x0C: "f"
      case 0x0D: "r"
      case 0x1B: "e"
      case 0x22: "\""
      case 0x5C: "\\"
      case 0x85: "N"
      case 0xA0: "_"
      case 0x2028: "L"
      case 0x2029: "P"
      default: nil
      }
    if let short, let ascii = short.asciiValue {
      put(ascii)
      return
    }
    let (letter, digits): (UInt8, Int) =
      value <= 0xFF ? (UInt8(ascii: "x"), 2) : value <= 0xFFFF ? (UInt8(ascii: "u"), 4) : (UInt8(ascii: "U"), 8)
    put(letter)
    for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
      let digit = UInt8((value >> UInt32(shift)) & 0x0F)
      put(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
    }
  }

  // MARK: libyaml's layout primitives

  private mutating func increaseIndent(flow: Bool, indentless: Bool) {
    if indent < 0 {
      indent = flow ? 2 : 0
    } else if !indentless {
      indent += 2
    }
  }

  private mutating func writeIndent() {
    let target = max(indent, 0)
    if !indention || column > target || (column == target && !whitespace) { putBreak() }
    while column < target { put(0x20) }
    whitespace = true
    indention = true
  }

  private mutating func writeIndicator(_ byte: UInt8, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
    if needWhitespace && !whitespace { put(0x20) }
    put(byte)
    whitespace = isWhitespace
    indention = indention && isIndention
  }

  /// A plain scalar that needs no analysis (a number or a boolean).
  private mutating func raw(_ text: String.UTF8View) {
    if !whitespace { put(0x20) }
    bytes.append(contentsOf: text)
    column += text.count
    whitespace = false
    indention = false
  }

  @inline(__always) private mutating func append(_ text: UnsafeBufferPointer<UInt8>, characters: Int) {
    bytes.append(contentsOf: text)
    column += characters
  }

  @inline(__always) private mutating func put(_ byte: UInt8) {
    bytes.append(byte)
    column += 1
  }

  @inline(__always) private mutating func putBreak() {
    bytes.append(0x0A)
    column = 0
  }
}
