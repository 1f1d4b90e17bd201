import CPCRE2

/// The one bridge to the PCRE2 C library: compiles patterns to find syntax errors with their
/// offset, and runs matches for the filter evaluator. Patterns are compiled in UTF mode.
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

  /// True when `pattern` matches somewhere in `subject` (Go's `regexp.Match` semantics);
  /// `nil` when the pattern does not compile or matching fails.
  static func search(_ pattern: String, in subject: String) -> Bool? {
    guard case .success(let code) = compile(pattern) else { return nil }
    defer { pcre2_code_free_8(code) }
    guard let data = pcre2_match_data_create_from_pattern_8(code, nil) else { return nil }
    defer { pcre2_match_data_free_8(data) }
    let bytes = Array(subject.utf8) + [0]
    let result = bytes.withUnsafeBufferPointer { buffer in
      pcre2_match_8(code, buffer.baseAddress, bytes.count - 1, 0, 0, data, nil)
    }
    if result >= 0 { return true }
    if result == PCRE2_ERROR_NOMATCH { return false }
    return nil
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
