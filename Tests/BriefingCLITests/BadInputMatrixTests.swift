import Foundation
import Testing

/// The bad-input matrix: one test per row, each with the exact message fragment on standard
/// error and the exit status. Rows already in `EndToEndTests` (missing path, folder without
/// texts, one bad file among good ones, output folder that is a file for `pdf`) are not repeated.
@Suite(.serialized) struct BadInputMatrixTests {
    // MARK: - Inputs

    @Test func emptyFile() throws {
        let dir = try CLI.workspace()
        try write(Data(), "empty.txt", in: dir)
        let r = try CLI.run(["extract", "empty.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: empty.txt: file is empty; nothing to read"), "stderr: \(r.stderr)")
    }

    @Test func whitespaceOnly() throws {
        let dir = try CLI.workspace()
        try write(Data(" \n\t\r\n\u{3000}\n".utf8), "blank.txt", in: dir)
        let r = try CLI.run(["extract", "blank.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: blank.txt: file has only whitespace; nothing to read"), "stderr: \(r.stderr)")
    }

    @Test func pngFileNamedTxt() throws {
        let dir = try CLI.workspace()
        try write(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), "image.txt", in: dir)
        let r = try CLI.run(["all", "image.txt", "--out", "out"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: image.txt: looks like a binary file (PNG image), not text; give a .txt file"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("error: no input could be read; nothing written"))
        #expect(!exists("out", in: dir), "nothing written")
    }

    @Test func zipFile() throws {
        let dir = try CLI.workspace()
        try write(Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]) + Data("word/document.xml".utf8), "report.docx", in: dir)
        let r = try CLI.run(["extract", "report.docx"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: report.docx: looks like a binary file (ZIP archive or Office document), not text"), "stderr: \(r.stderr)")
    }

    @Test func invalidUTF8ThatIsNoGB18030Either() throws {
        let dir = try CLI.workspace()
        try write(Data("氮氧化物排放量同比下降".utf8) + Data([0xFF, 0xFF, 0x80, 0xC3]) + Data("4.76%".utf8), "broken.txt", in: dir)
        let r = try CLI.run(["extract", "broken.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: broken.txt: not UTF-8, UTF-16 or GB18030 text; convert it to UTF-8"), "stderr: \(r.stderr)")
    }

    @Test func gb18030FileIsRead() throws {
        let r = try CLI.run(["extract", CLI.fixture("bulletin_gb18030.txt").path, "--format", "json"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let records = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        #expect(records.map { $0["metric"] as! String } == ["化学需氧量排放量", "二氧化硫排放量", "工业用水重复利用率"])
        #expect(records.map { $0["line"] as! Int } == [1, 1, 2])
    }

    @Test(arguments: [true, false]) func utf16FileWithBOMIsRead(littleEndian: Bool) throws {
        let dir = try CLI.workspace()
        let text = "2024年，某公司氮氧化物排放量同比下降4.76%。\n二氧化硫排放量同比下降12.43%。\n"
        let body = text.data(using: littleEndian ? .utf16LittleEndian : .utf16BigEndian)!
        try write(Data(littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) + body, "utf16.txt", in: dir)
        let r = try CLI.run(["extract", "utf16.txt", "--format", "json"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let records = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        #expect(records.map { $0["metric"] as! String } == ["氮氧化物排放量", "二氧化硫排放量"])
        #expect(records.map { $0["line"] as! Int } == [1, 2])
    }

    /// One 50 MB line (two figures in filler): read in one piece, figures on line 1, a valid PDF.
    /// Takes a few seconds in a debug build (peak memory about 8× the input).
    @Test func fiftyMegabyteSingleLine() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = "2024年，某公司氮氧化物排放量同比下降4.76%。"
        text += String(repeating: "工作稳步推进，各项管理持续加强，", count: 50_000_000 / 48)
        text += "化学需氧量排放量同比下降12.43%。"
        try write(Data(text.utf8), "line.txt", in: dir)
        let r = try CLI.run(["all", "line.txt", "--out", "out"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/figures.json"))) as! [[String: Any]]
        #expect(json.map { $0["metric"] as! String } == ["氮氧化物排放量", "化学需氧量排放量"])
        #expect(json.allSatisfy { $0["line"] as? Int == 1 })
        expectValidPDF(dir.appendingPathComponent("out/briefing.pdf"))
    }

    /// A text without figures gives a short, valid briefing that says so — not an empty PDF.
    @Test func textWithoutFigures() throws {
        let dir = try CLI.workspace()
        try write(Data("今天天气很好，我们去公园散步。\n大家心情愉快。\n".utf8), "plain.txt", in: dir)
        let r = try CLI.run(["all", "plain.txt", "--out", "out"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("未发现数据"), "summary: \(r.stdout)")
        let pdf = dir.appendingPathComponent("out/briefing.pdf")
        expectValidPDF(pdf)
        if let text = CLI.tool("pdftotext", [pdf.path, "-"]) {
            #expect(text.output.contains("未发现可提取的环境或生产数据"), "PDF text: \(text.output.prefix(400))")
        }
        #expect(try String(contentsOf: dir.appendingPathComponent("out/figures.json"), encoding: .utf8).hasPrefix("["))
    }

    @Test func emptyStandardInput() throws {
        let r = try CLI.run(["extract", "-"], stdin: Data())
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: -: standard input is empty; pipe text into it or name a file"), "stderr: \(r.stderr)")
        let q = try CLI.run(["quantities", "-"], stdin: Data())
        #expect(q.status == 1)
        #expect(q.stderr.contains("error: -: standard input is empty"))
    }

    /// Inputs are opened read-only: an immutable input (chattr +i refuses writes even to root) is read.
    @Test(.enabled(if: Probe.chattr, "chattr +i does not work here; it is how the test makes a file immutable even for root"))
    func immutableInputIsReadNotWritten() throws {
        let dir = try CLI.workspace()
        let input = dir.appendingPathComponent("seeds/000_110601d51d0bdeef.txt")
        try #require(CLI.tool("chattr", ["+i", input.path])?.status == 0)
        defer { _ = CLI.tool("chattr", ["-i", input.path]) }
        let r = try CLI.run(["all", "--out", "out"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        expectValidPDF(dir.appendingPathComponent("out/briefing.pdf"))
    }

    // MARK: - Limits

    @Test func fileOverTheInputLimitIsRefused() throws {
        let dir = try CLI.workspace()
        let r = try CLI.run(["extract", "seeds"], in: dir, environment: ["BRIEFING_MAX_INPUT_BYTES": "1000"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: seeds/000_110601d51d0bdeef.txt: file is larger than the input limit of 1000 bytes; split it into smaller files"),
                "stderr: \(r.stderr)")
    }

    @Test func standardInputOverTheLimitIsRefused() throws {
        let r = try CLI.run(["extract", "-"], stdin: Data(repeating: 0x41, count: 5000),
                            environment: ["BRIEFING_MAX_INPUT_BYTES": "1000"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: -: standard input is larger than the input limit of 1000 bytes"), "stderr: \(r.stderr)")
    }

    @Test func fileUnderTheLimitIsRead() throws {
        let size = try FileManager.default.attributesOfItem(atPath: CLI.sample.path)[.size] as! Int
        let r = try CLI.run(["extract", CLI.sample.path], environment: ["BRIEFING_MAX_INPUT_BYTES": "\(size)"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
    }

    // MARK: - Outputs

    @Test func missingOutputFolderIsCreated() throws {
        let dir = try CLI.workspace()
        let r = try CLI.run(["all", "--out", "new/deeper/out"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        expectValidPDF(dir.appendingPathComponent("new/deeper/out/briefing.pdf"))
        #expect(exists("new/deeper/out/charts/changes-overview.png", in: dir))
        #expect(temporaryFiles(in: dir).isEmpty)
    }

    /// Unwritable as root: an immutable folder (chattr +i). Skipped where chattr is unavailable.
    @Test(.enabled(if: Probe.chattr, "chattr +i does not work here; it is how the test makes a folder unwritable even for root"))
    func unwritableOutputFolder() throws {
        let dir = try CLI.workspace()
        let out = dir.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try #require(CLI.tool("chattr", ["+i", out.path])?.status == 0)
        defer { _ = CLI.tool("chattr", ["-i", out.path]) }
        let r = try CLI.run(["all", "--out", "locked"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: \(out.path)/briefing.pdf: cannot write the file (cannot create a file in \(out.path): Operation not permitted)"),
                "stderr: \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    /// Unwritable in another way root cannot override: a folder inside /proc cannot be made.
    @Test func outputFolderThatCannotBeCreated() throws {
        let r = try CLI.run(["all", "--out", "/proc/briefing-out"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: /proc/briefing-out: cannot create the output folder (No such file or directory); choose a writable location"),
                "stderr: \(r.stderr)")
    }

    @Test func outputFolderIsAFileForAll() throws {
        let dir = try CLI.workspace()
        try write(Data("x".utf8), "taken", in: dir)
        let r = try CLI.run(["all", "--out", "taken"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: \(dir.path)/taken: cannot create the output folder (a file with that name exists)"), "stderr: \(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("taken"), encoding: .utf8) == "x")
    }

    @Test func pdfOutputIsAFolder() throws {
        let dir = try CLI.workspace()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("out.pdf"), withIntermediateDirectories: true)
        let r = try CLI.run(["pdf", "-o", "out.pdf"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: \(dir.path)/out.pdf: is a folder; give a file name inside it"), "stderr: \(r.stderr)")
    }

    /// A full disk: `/dev/full` is a device, so it is written through (a rename would replace the
    /// device node) and ENOSPC is reported; no temporary file is left in /dev or the temp folder.
    @Test(.enabled(if: Probe.devFull, "no /dev/full on this machine"))
    func fullDisk() throws {
        let before = try temporaryFilesIn("/dev") + temporaryFilesIn(NSTemporaryDirectory())
        let r = try CLI.run(["pdf", CLI.sample.path, "-o", "/dev/full"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: /dev/full: cannot write the file (No space left on device); check permissions and free space"),
                "stderr: \(r.stderr)")
        var st = stat()
        #expect(stat("/dev/full", &st) == 0 && st.st_mode & S_IFMT == S_IFCHR, "/dev/full is still the device")
        #expect(try temporaryFilesIn("/dev") + temporaryFilesIn(NSTemporaryDirectory()) == before)
    }

    /// Standard output on a full disk (`> /dev/full`): a clear error and status 1, not a trap.
    @Test(.enabled(if: Probe.devFull, "no /dev/full on this machine"))
    func standardOutputOnAFullDisk() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["extract", CLI.sample.path]
        p.standardOutput = full
        let err = Pipe()
        p.standardError = err
        try p.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit && p.terminationStatus == 1)
        #expect(stderr.contains("error: standard output: cannot write (No space left on device)"), "stderr: \(stderr)")
    }

    @Test func deviceOutputThatAcceptsIsWritten() throws {
        let r = try CLI.run(["pdf", CLI.sample.path, "-o", "/dev/null"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("wrote /dev/null"))
    }

    // MARK: - Helpers

    private func write(_ data: Data, _ name: String, in dir: URL) throws {
        try data.write(to: dir.appendingPathComponent(name))
    }

    private func exists(_ name: String, in dir: URL) -> Bool {
        FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path)
    }
}

/// What the machine offers for simulating faults; tests that need it are skipped with a reason.
enum Probe {
    /// `chattr +i` works on the temporary folder's filesystem (it does on ext4, not on every overlay).
    static let chattr: Bool = {
        let dir = NSTemporaryDirectory() + "/briefing-chattr-probe-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { _ = CLI.tool("chattr", ["-i", dir]); try? FileManager.default.removeItem(atPath: dir) }
        guard CLI.tool("chattr", ["+i", dir])?.status == 0 else { return false }
        return !FileManager.default.createFile(atPath: dir + "/x", contents: Data())
    }()

    static let devFull = FileManager.default.fileExists(atPath: "/dev/full")
}

/// Checks that `url` is a complete, valid PDF (qpdf --check when installed, else the %%EOF trailer).
func expectValidPDF(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("no PDF at \(url.path)", sourceLocation: sourceLocation); return
    }
    #expect(data.starts(with: Data("%PDF-".utf8)), sourceLocation: sourceLocation)
    #expect(String(decoding: data.suffix(16), as: UTF8.self).contains("%%EOF"), "PDF ends with %%EOF", sourceLocation: sourceLocation)
    if let check = CLI.tool("qpdf", ["--check", url.path]) {
        #expect(check.status == 0, "qpdf --check \(url.path): \(check.output.suffix(300))", sourceLocation: sourceLocation)
    }
}

/// Every `.*.tmp` file under `dir`, recursively.
func temporaryFiles(in dir: URL) -> [String] {
    let e = FileManager.default.enumerator(atPath: dir.path)
    var out: [String] = []
    while let name = e?.nextObject() as? String {
        let last = (name as NSString).lastPathComponent
        if last.hasPrefix(".") && last.hasSuffix(".tmp") { out.append(name) }
    }
    return out.sorted()
}

/// `.*.tmp` files directly in `folder` (not recursive).
func temporaryFilesIn(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }.sorted()
}
