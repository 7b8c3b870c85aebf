import Foundation
import Testing

/// Text files and standard input are read in chunks (`BRIEFING_CHUNK_BYTES`, 4 MiB by default):
/// through the built binary, tiny chunks give the same output, byte for byte, as one chunk.
@Suite struct ChunkedInputTests {
    /// The sample and the fixtures one after the other: many chunks at a few hundred bytes.
    static func concatenated() throws -> URL {
        var text = try String(contentsOf: CLI.sample, encoding: .utf8) + "\n\n"
        let folder = CLI.fixture("x").deletingLastPathComponent()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            if let fixture = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) { text += fixture + "\n\n" }
        }
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefing-chunks-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func standardInputInChunksGivesTheFilesFigures() throws {
        let input = try Self.concatenated()
        let file = try CLI.run(["extract", input.path])
        #expect(file.status == 0, "\(file.stderr)")
        #expect(file.stdout.count > 100_000)
        let bytes = try Data(contentsOf: input)
        for chunk in ["300", "5000"] {
            let piped = try CLI.run(["extract", "-"], stdin: bytes, environment: ["BRIEFING_CHUNK_BYTES": chunk])
            #expect(piped.status == 0, "\(piped.stderr)")
            let expected = file.stdout.replacingOccurrences(of: "\"file\" : \"\(input.path)\"", with: "\"file\" : \"-\"")
                .replacingOccurrences(of: "\"file\": \"\(input.path)\"", with: "\"file\": \"-\"")
            #expect(piped.stdout == expected, "standard input in chunks of \(chunk)")
            let small = try CLI.run(["extract", input.path, "--format", "csv"], environment: ["BRIEFING_CHUNK_BYTES": chunk])
            let whole = try CLI.run(["extract", input.path, "--format", "csv"])
            #expect(small.stdout == whole.stdout, "a file in chunks of \(chunk)")
        }
    }

    @Test func theWholeJobInChunksIsByteIdentical() throws {
        let input = try Self.concatenated()
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefing-chunks-\(UUID().uuidString)")
        let one = base.appendingPathComponent("one"), small = base.appendingPathComponent("small")
        let a = try CLI.run(["all", input.path, "--out", one.path])
        let b = try CLI.run(["all", input.path, "--out", small.path], environment: ["BRIEFING_CHUNK_BYTES": "700"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        func files(_ dir: URL) -> [String] {
            (FileManager.default.subpaths(atPath: dir.path) ?? []).filter {
                var isDir: ObjCBool = false
                return FileManager.default.fileExists(atPath: dir.appendingPathComponent($0).path, isDirectory: &isDir) && !isDir.boolValue
            }.sorted()
        }
        let names = files(one)
        #expect(names.contains("briefing.pdf") && names.contains("figures.json") && names.contains { $0.hasPrefix("charts/") })
        #expect(files(small) == names)
        for name in names {
            let x = try Data(contentsOf: one.appendingPathComponent(name)), y = try Data(contentsOf: small.appendingPathComponent(name))
            #expect(x == y, "\(name)")
        }
        // `extract` of one input writes its records chunk by chunk: the complete lists of `all`.
        for (format, name) in [("json", "figures.json"), ("csv", "figures.csv")] {
            let printed = try CLI.run(["extract", input.path, "--format", format], environment: ["BRIEFING_CHUNK_BYTES": "700"])
            #expect(printed.status == 0)
            #expect(printed.stdout == (try String(contentsOf: one.appendingPathComponent(name), encoding: .utf8)), "\(format)")
        }
        let changes = try CLI.run(["extract", input.path, "--kind", "change", "--format", "csv"], environment: ["BRIEFING_CHUNK_BYTES": "700"])
        let all = try String(contentsOf: one.appendingPathComponent("figures.csv"), encoding: .utf8)
        #expect(changes.stdout.components(separatedBy: "\r\n").count > 100)
        #expect(changes.stdout.components(separatedBy: "\r\n").dropFirst().allSatisfy { $0.isEmpty || $0.hasPrefix("change,") })
        #expect(changes.stdout.components(separatedBy: "\r\n").count < all.components(separatedBy: "\r\n").count)
    }

    /// An input that fails part way prints what a failed input prints: the error, an empty list.
    @Test func anInputThatFailsLatePrintsNoHalfList() throws {
        var bytes = Array(try Data(contentsOf: CLI.sample))
        bytes += [0x00] + bytes
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefing-nul-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        let r = try CLI.run(["extract", url.path], environment: ["BRIEFING_CHUNK_BYTES": "500"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("looks like a binary file (NUL bytes)"), "\(r.stderr)")
        #expect(r.stdout == "[]\n")
    }

    /// Without a writable temporary folder standard input is held in a file in memory instead.
    @Test func standardInputWithoutATemporaryFolder() throws {
        let input = try Self.concatenated()
        let file = try CLI.run(["extract", input.path, "--format", "csv"])
        let piped = try CLI.run(["extract", "-", "--format", "csv"], stdin: try Data(contentsOf: input),
                                environment: ["TMPDIR": "/nonexistent-briefing-tmp", "BRIEFING_CHUNK_BYTES": "2000"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout == file.stdout.replacingOccurrences(of: "," + input.path + ",", with: ",-,"))
    }

    @Test func standardInputErrorsStayTheSame() throws {
        let empty = try CLI.run(["extract", "-"], stdin: Data())
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("error: -: standard input is empty; pipe text into it or name a file"))
        let big = try CLI.run(["extract", "-"], stdin: Data(repeating: 0x41, count: 5000), environment: ["BRIEFING_MAX_INPUT_BYTES": "1000"])
        #expect(big.status == 1)
        #expect(big.stderr.contains("error: -: standard input is larger than the input limit of 1000 bytes; split it into smaller files"))
    }
}
