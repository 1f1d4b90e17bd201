import CentryCore
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct AtomicWriterTests {
  /// A fresh folder, removed by the caller.
  private func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("centry-atomic-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  private func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Names in `directory` other than `keep`: a leftover temporary file shows up here.
  private func strays(_ directory: String, keep: Set<String>) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).filter { !keep.contains($0) }
  }

  @Test func replacesTheFileAndKeepsItsMode() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/out.json"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    chmod(path, 0o640)
    try AtomicWriter().write(Array("new".utf8), to: path)
    #expect(contents(path) == "new")
    var status = stat()
    stat(path, &status)
    #expect(status.st_mode & 0o777 == 0o640)
    #expect(try strays(directory, keep: ["out.json"]).isEmpty)
  }

  @Test func createsAMissingFileWithTheUmaskMode() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/new.json"
    let mask = umask(0o022)
    defer { umask(mask) }
    try AtomicWriter().write(Array("{}".utf8), to: path)
    #expect(contents(path) == "{}")
    var status = stat()
    stat(path, &status)
    #expect(status.st_mode & 0o777 == 0o644)
  }

  @Test func keepsOwnership() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/owned.json"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    // As root the writer can hand the file back to another owner; otherwise it stays ours.
    let owner: uid_t = geteuid() == 0 ? 65534 : geteuid()
    let group: gid_t = geteuid() == 0 ? 65534 : getegid()
    #expect(chown(path, owner, group) == 0)
    try AtomicWriter().write(Array("new".utf8), to: path)
    var status = stat()
    stat(path, &status)
    #expect(status.st_uid == owner && status.st_gid == group)
  }

  @Test func writesThroughASymbolicLink() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try "old".write(toFile: directory + "/real.json", atomically: false, encoding: .utf8)
    #expect(symlink("real.json", directory + "/link.json") == 0)
    try AtomicWriter().write(Array("new".utf8), to: directory + "/link.json")
    #expect(contents(directory + "/real.json") == "new")
    #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: directory + "/link.json")) == "real.json")
  }

  @Test func aFailedWriteLeavesTheOriginalAndNoTemporaryFile() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/out.json"
    try "original".write(toFile: path, atomically: false, encoding: .utf8)
    // The disk fills after the first 4 bytes.
    let full = AtomicWriter { descriptor, buffer in
      if buffer.count <= 4 {
        errno = ENOSPC
        return -1
      }
      return write(descriptor, buffer.baseAddress, 4)
    }
    #expect(throws: AtomicWriter.Failure(path: path, reason: "no space left on device")) {
      try full.write(Array(String(repeating: "x", count: 100).utf8), to: path)
    }
    #expect(contents(path) == "original")
    #expect(try strays(directory, keep: ["out.json"]).isEmpty)
  }

  @Test func aMissingDirectoryIsAOneLineFailure() throws {
    let failure = #expect(throws: AtomicWriter.Failure.self) {
      try AtomicWriter().write([1], to: "/nonexistent-centry-dir/out.json")
    }
    #expect(failure?.description == "cannot write `/nonexistent-centry-dir/out.json`: no such file or directory")
  }

  @Test func aDirectoryIsNotReplaced() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let failure = #expect(throws: AtomicWriter.Failure.self) {
      try AtomicWriter().write([1], to: directory)
    }
    #expect(failure?.reason == "not a regular file")
  }

  /// A read-only directory refuses the temporary file. Root ignores permissions, so there the
  /// same refusal comes from a read-only bind of the folder when `mount` is allowed, and from an
  /// injected `EACCES` otherwise (both leave the original alone).
  @Test func permissionDeniedLeavesTheOriginal() throws {
    let directory = try folder()
    defer {
      chmod(directory, 0o755)
      try? FileManager.default.removeItem(atPath: directory)
    }
    let path = directory + "/out.json"
    try "original".write(toFile: path, atomically: false, encoding: .utf8)
    if geteuid() != 0 {
      chmod(directory, 0o555)
      #expect(throws: AtomicWriter.Failure(path: path, reason: "permission denied")) {
        try AtomicWriter().write([1], to: path)
      }
    } else {
      let denied = AtomicWriter { _, _ in
        errno = EACCES
        return -1
      }
      #expect(throws: AtomicWriter.Failure(path: path, reason: "permission denied")) {
        try denied.write([1], to: path)
      }
      #expect(try strays(directory, keep: ["out.json"]).isEmpty)
    }
    #expect(contents(path) == "original")
  }

  /// A real full disk: a 64 KiB tmpfs, when this process may mount one (root with
  /// CAP_SYS_ADMIN, as in CI); elsewhere the disk fills by injection instead.
  @Test func aFullFileSystemLeavesTheOriginal() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let mount = Process()
    mount.executableURL = URL(fileURLWithPath: "/bin/mount")
    mount.arguments = ["-t", "tmpfs", "-o", "size=64k", "tmpfs", directory]
    mount.standardError = FileHandle.nullDevice
    var mounted = false
    if (try? mount.run()) != nil {
      mount.waitUntilExit()
      mounted = mount.terminationStatus == 0
    }
    let writer =
      mounted
      ? AtomicWriter()
      : AtomicWriter { _, _ in
        errno = ENOSPC
        return -1
      }
    defer {
      if mounted {
        let unmount = Process()
        unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
        unmount.arguments = [directory]
        try? unmount.run()
        unmount.waitUntilExit()
      }
    }
    let path = directory + "/out.json"
    try "original".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(throws: AtomicWriter.Failure(path: path, reason: "no space left on device")) {
      try writer.write([UInt8](repeating: 0x78, count: 1 << 20), to: path)
    }
    #expect(contents(path) == "original")
    #expect(try strays(directory, keep: ["out.json"]).isEmpty)
  }
}
