import CentryCore
import CentryEngine
import CentryModel

/// Why a request to Consul failed: one line that names the address and the cause, and never a
/// token (messages are built from the address, the method and path, and the server's text; the
/// token only ever travels in a request header).
public struct ConsulFailure: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Cause: Sendable, Equatable {
    /// The settings cannot be used (bad address, unreadable token file or certificate).
    case settings
    /// No connection: refused, unresolvable host, missing socket, TLS handshake.
    case connection
    /// No complete response within the timeout, or the connection dropped mid-request.
    case transport
    /// Consul answered with a status other than 200 (and other than 404 where that is an answer).
    case status(Int, body: String)
    /// A 200 response whose body is not what the endpoint returns.
    case malformed
  }

  public var cause: Cause
  public var message: String

  public init(_ cause: Cause, _ message: String) {
    self.cause = cause
    self.message = message
  }

  public var description: String { message }

  /// The HTTP status, for a status failure.
  public var status: Int? {
    if case .status(let code, _) = cause { return code }
    return nil
  }

  /// Consul's response text for a status failure (trimmed, as the Go client shows it).
  public var responseBody: String? {
    if case .status(_, let body) = cause { return body }
    return nil
  }

  /// `Unexpected response code: 500 (Name is required)`: the Go client's wording, whitespace
  /// collapsed so that it stays one line.
  static func unexpected(_ code: Int, _ body: String) -> String {
    "Unexpected response code: \(code) (\(ConsulRejection.oneLine(body)))"
  }
}
