#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import BriefingAnalysis

/// Reading files and folders: `Ingest.load` and `Ingest.expand`, with their error messages.
@Suite final class IngestFilesTests {
    let dir = IngestTestSupport.tempDir()
    deinit { try? FileManager.default.removeItem(atPath: dir) }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = dir + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func loadError(_ path: String) -> IngestError? {
        do { _ = try Ingest.load(path: path); return nil } catch { return error as? IngestError }
    }

    @Test func loadsUTF8File() throws {
        let p = write("a.txt", Array("排放量同比下降４．７６％。\n".utf8))
        let d = try Ingest.load(path: p)
        #expect(d.file == p)
        #expect(IngestTestSupport.string(d.text) == "排放量同比下降4.76%。")
    }

    @Test func loadsGB18030File() throws {
        let p = write("gb.txt", IngestTestSupport.encode("赤泥综合利用率达20%。\n", to: "GB18030"))
        #expect(IngestTestSupport.string(try Ingest.load(path: p).text) == "赤泥综合利用率达20%。")
    }

    @Test func missingFile() {
        let p = dir + "/nope.txt"
        #expect(loadError(p) == IngestError(path: p, reason: "no such file; check the path"))
        #expect(loadError(p)?.description == "\(p): no such file; check the path")
    }

    @Test func emptyAndWhitespaceFiles() {
        let e = write("empty.txt", [])
        #expect(loadError(e)?.reason == "file is empty; nothing to read")
        let w = write("ws.txt", Array(" \n\u{3000}\n".utf8))
        #expect(loadError(w)?.reason == "file has only whitespace; nothing to read")
    }

    @Test func binaryFile() {
        let p = write("img.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        #expect(loadError(p) == IngestError(path: p, reason: "looks like a binary file (PNG image), not text; give a .txt file"))
    }

    @Test func invalidEncoding() {
        let p = write("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0xE9, 0x74, 0xE9])
        #expect(loadError(p)?.reason == "not UTF-8, UTF-16 or GB18030 text; convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)")
    }

    @Test func folderGivenToLoad() {
        #expect(loadError(dir)?.reason == "is a folder, not a file; pass the folder as an input to read its .txt and .pdf files")
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file"))
    func unreadableFile() {
        let p = write("secret.txt", Array("内容".utf8))
        chmod(p, 0)
        #expect(loadError(p)?.reason == "cannot read the file (permission denied); check its permissions")
    }

    @Test func loadNeverWrites() throws {
        let p = write("ro.txt", Array("只读文件。".utf8))
        chmod(p, 0o444)
        _ = try Ingest.load(path: p)
        #expect(try Data(contentsOf: URL(fileURLWithPath: p)) == Data("只读文件。".utf8))
    }

    @Test func expandFolderSortedNonRecursive() throws {
        _ = write("b.txt", Array("乙。".utf8))
        _ = write("a.txt", Array("甲。".utf8))
        _ = write("C.TXT", Array("丙。".utf8))
        _ = write("notes.md", Array("x".utf8))
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: dir + "/sub/z.txt", contents: Data("丁。".utf8))
        try FileManager.default.createDirectory(atPath: dir + "/dir.txt", withIntermediateDirectories: true)
        let r = Ingest.expand([dir])
        #expect(r == [.success(dir + "/C.TXT"), .success(dir + "/a.txt"), .success(dir + "/b.txt")])
        #expect(Ingest.expand([dir + "/"]) == r)
    }

    @Test func expandMixedInputsKeepsGoing() {
        let f = write("one.txt", Array("一。".utf8))
        let empty = dir + "/emptydir"
        try? FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        _ = write("emptydir/readme.md", Array("x".utf8))
        let r = Ingest.expand(["missing.txt", empty, "-", f])
        #expect(r == [
            .failure(IngestError(path: "missing.txt", reason: "no such file; check the path")),
            .failure(IngestError(path: empty, reason: "folder has no .txt or .pdf files; put the reports in it or name them directly")),
            .success("-"),
            .success(f),
        ])
    }

    @Test func sampleLoads() throws {
        let d = try Ingest.load(path: IngestTestSupport.samplePath)
        #expect(d.original.count == 51224)  // the file's own bytes, kept as they are
        #expect(d.text.count > 15000)
    }
}

/// Reading "-" from standard input. Opt-in because it needs a pipe on stdin:
/// `swift build --build-tests; printf '排放量下降４．７６％。' | INGEST_STDIN_TEST=1 .build/debug/BriefingPackageTests.xctest --testing-library swift-testing --filter IngestStdinTests`
/// (`swift test` does not pass its standard input on).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["INGEST_STDIN_TEST"] != nil))
struct IngestStdinTests {
    @Test func readsStandardInput() throws {
        let d = try Ingest.load(path: "-")
        #expect(d.file == "-")
        #expect(IngestTestSupport.string(d.text) == "排放量下降4.76%。")
    }
}
