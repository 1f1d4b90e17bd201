import CPCRE2

/// The one bridge to the PCRE2 C library: RE2 (``RE2``) decides whether a regex is valid, but
/// its errors carry no position, so a pattern RE2 rejects is compiled here to place the error at
/// PCRE2's offset. Patterns are compiled in UTF mode.
enum PCRE2 {
  /// A compile error: PCRE2's message and the byte offset in the pattern where it stopped.
  struct CompileError: Error, Sendable, Hashable {
    var message: String
    var offset: Int
  }

  /// Compiles and frees `pattern`; returns the error, or `nil` when PCRE2 accepts it.
  static func compileError(_ pattern: String) -> CompileError? {
    switch compile(pattern) {
    case .success(let code):
      pcre2_code_free_8(code)
      return nil
    case .failure(let error):
      return error
    }
  }

  private static func compile(_ pattern: String) -> Result<OpaquePointer, CompileError> {
    let bytes = Array(pattern.utf8) + [0]
    var errorCode: Int32 = 0
    var errorOffset: Int = 0
    let code = bytes.withUnsafeBufferPointer { buffer in
      pcre2_compile_8(buffer.baseAddress, bytes.count - 1, UInt32(PCRE2_UTF), &errorCode, &errorOffset, nil)
    }
    if let code { return .success(code) }
    var message = [UInt8](repeating: 0, count: 256)
    let length = message.withUnsafeMutableBufferPointer { buffer in
      pcre2_get_error_message_8(errorCode, buffer.baseAddress, buffer.count)
    }
    let text = length > 0 ? String(decoding: message.prefix(Int(length)), as: UTF8.self) : "invalid pattern"
    return .failure(CompileError(message: text, offset: errorOffset))
  }
}
