import Foundation
import Testing

/// Inputs that are not regular files: a FIFO or pipe named on the command line (`mkfifo`, bash's
/// `<(…)`, `/dev/stdin`) is read like standard input, a device within the size bound; found while
/// walking a folder, neither is read.
@Suite(.serialized) struct PipeInputTests {
  /// An entry with one error at 3:1, so that the report shows which input was read.
  static let badEntry = "Kind = \"service-defaults\"\nName = \"web\"\nColour = 1\n"

  @Test func fifoNamedOnTheCommandLineIsRead() throws {
    let dir = try temporaryTree(["bad.hcl": Self.badEntry])
    // The writer waits in the background; `<>` afterwards releases it if centry never opened the FIFO.
    let result = try runShell(
      "mkfifo pipe.hcl && { cat bad.hcl >pipe.hcl & } ; \"$CENTRY\" lint pipe.hcl; s=$?; : <>pipe.hcl; exit $s",
      in: dir)
    #expect(result.status == 1)
    #expect(result.stdout.contains(" --> pipe.hcl:3:1\n"))
    #expect(result.stdout.contains("Colour"))
    #expect(result.stderr == "")
  }

  @Test func processSubstitutionIsRead() throws {
    let dir = try temporaryTree(["bad.hcl": Self.badEntry, "web.hcl": cleanEntry])
    let bad = try runShell("\"$CENTRY\" lint <(cat bad.hcl)", in: dir)
    #expect(bad.status == 1)
    #expect(bad.stdout.contains(" --> /dev/fd/"))
    #expect(bad.stdout.contains(":3:1\n"))
    #expect(bad.stderr == "")
    let compiled = try runShell("\"$CENTRY\" compile --to json <(cat web.hcl)", in: dir)
    #expect(compiled.status == 0)
    #expect(compiled.stdout.contains("\"Name\": \"web\""))
    let catalog = try runShell("\"$CENTRY\" lint --catalog <(echo '{}') web.hcl", in: dir)
    #expect(catalog.status == 0)
    #expect(catalog.stderr == "")
  }

  @Test func devStdinIsStandardInputOnce() throws {
    let dir = try temporaryTree(["bad.hcl": Self.badEntry])
    let named = try runShell("cat bad.hcl | \"$CENTRY\" lint /dev/stdin", in: dir)
    #expect(named.status == 1)
    #expect(named.stdout.contains(" --> /dev/stdin:3:1\n"))
    // The same pipe twice would give an empty second input: refused.
    let twice = try runShell("cat bad.hcl | \"$CENTRY\" lint - /dev/stdin", in: dir)
    #expect(twice.status == 2)
    #expect(
      twice.stderr
        == "error: cannot read `/dev/stdin`: it is the same pipe as `-`, which is read already (a pipe can be read only once)\n"
    )
  }

  @Test func fifoFoundInAFolderIsNotRead() throws {
    let dir = try temporaryTree(["d/web.hcl": cleanEntry])
    let result = try runShell("mkfifo d/pipe.hcl && \"$CENTRY\" lint d", in: dir)
    #expect(result.status == 2)
    #expect(
      result.stderr == "error: cannot read `d/pipe.hcl`: it is a FIFO, not a regular file (pipe it into `-` instead)\n")
  }

  @Test(arguments: ["/dev/zero", "/dev/urandom"])
  func endlessDeviceEndsAtTheSizeBound(_ device: String) throws {
    let result = try runCentry(["lint", device])
    #expect(result.status == 2)
    #expect(result.stderr == "error: cannot read `\(device)`: larger than 32 MiB, the most centry reads\n")
  }

  @Test func socketIsRefused() throws {
    let dir = try temporaryTree(["web.hcl": cleanEntry])
    let result = try runShell(
      "python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind(\"s.hcl\")' && \"$CENTRY\" lint s.hcl", in: dir)
    #expect(result.status == 2)
    #expect(result.stderr == "error: cannot read `s.hcl`: it is a socket, not a file\n")
  }
}
