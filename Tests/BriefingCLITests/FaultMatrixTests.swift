import Foundation
import Testing

/// Faults and hostile input (issue 13): full disks, characters without a glyph, charts that
/// cannot be drawn, values at the edges, capped charts, terminal escapes, symlink loops and
/// files cut while read. Every case runs the built binary and checks the exit status, the
/// message, and that every output present is complete (qpdf, PNG decode, JSON parse).
@Suite(.serialized) struct FaultMatrixTests {
    // MARK: - Full disk

    /// `pdf` onto a 200 KB disk: the 340 KB PDF does not fit. Status 1, the error names the
    /// file and says what to do, and nothing is left under the name or as a temporary file.
    @Test(.enabled(if: SmallDisk.available, "needs root to mount a small tmpfs (mount -t tmpfs -o size=200k)"))
    func pdfOnAFullDisk() throws {
        try SmallDisk.run(kilobytes: 200, { ["pdf", CLI.sample.path, "-o", $0.appendingPathComponent("b.pdf").path] }) { disk, r in
            let pdf = disk.appendingPathComponent("b.pdf")
            #expect(r.stderr.contains("error: \(pdf.path): cannot write the file (No space left on device); check permissions and free space"),
                    "stderr: \(r.stderr)")
            #expect(!r.stderr.contains("wrote"), "stderr: \(r.stderr)")
            let left = try FileManager.default.contentsOfDirectory(atPath: disk.path)
            #expect(left.isEmpty, "nothing half-written")
        }
    }

    /// `all` onto a 200 KB disk: summary, JSON and CSV fit and are complete (byte for byte what a
    /// roomy disk gets); the PDF does not fit and is absent, blamed by name; the charts that fit
    /// decode, each one that did not is named; status 1.
    @Test(.enabled(if: SmallDisk.available, "needs root to mount a small tmpfs"))
    func allOnAFullDiskKeepsWhatFitsAndBlamesTheRest() throws {
        try SmallDisk.run(kilobytes: 200, { ["all", CLI.sample.path, "--out", $0.appendingPathComponent("out").path] }) { disk, r in
            let out = disk.appendingPathComponent("out")
            #expect(r.stderr.contains("error: \(out.path)/briefing.pdf: cannot write the file (No space left on device)"), "stderr: \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("briefing.pdf").path), "no damaged PDF kept")
            for name in ["summary.txt", "figures.json", "figures.csv"] {
                #expect(FileManager.default.contents(atPath: out.appendingPathComponent(name).path) == Reference.bytes(name), "\(name) complete")
            }
            #expect(expectJSONRecords(out.appendingPathComponent("figures.json")).count > 30)
            let expected = try FileManager.default.contentsOfDirectory(atPath: Reference.folder.appendingPathComponent("charts").path)
            let written = Set((try? FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("charts").path)) ?? [])
            #expect(written.allSatisfy { !$0.hasSuffix(".tmp") })
            for name in expected {
                let path = out.appendingPathComponent("charts/\(name)")
                if written.contains(name) { expectValidPNG(path) }
                else { #expect(r.stderr.contains("error: \(path.path): cannot write the file (No space left on device)"), "\(name) blamed") }
            }
            #expect(written.count < expected.count, "the disk is too small for all charts")
            #expect(r.stdout.contains("摘要"), "the summary is printed whatever failed")
        }
    }

    /// A disk with room for the summary and the CSV but not the JSON: the JSON is blamed,
    /// the others are complete. A disk with room for nothing: every output (SVG charts too) is
    /// blamed by name.
    @Test(.enabled(if: SmallDisk.available, "needs root to mount a small tmpfs"))
    func dataFilesOnAFullDisk() throws {
        // Room for the summary and the CSV (whole 4 KB pages) and one page more: less than the JSON needs.
        func pages(_ name: String) -> Int { ((Reference.bytes(name)?.count ?? 0) + 4095) / 4096 }
        try #require(pages("figures.json") > pages("figures.csv") + 1, "the JSON is larger than the CSV by more than a page")
        let disk = try SmallDisk.mount(kilobytes: 4 * (pages("summary.txt") + pages("figures.csv") + 1))
        defer { SmallDisk.unmount(disk) }
        let r = try CLI.run(["all", CLI.sample.path, "--out", disk.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: \(disk.path)/figures.json: cannot write the file (No space left on device)"), "stderr: \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: disk.appendingPathComponent("figures.json").path))
        for name in ["summary.txt", "figures.csv"] {
            #expect(FileManager.default.contents(atPath: disk.appendingPathComponent(name).path) == Reference.bytes(name), "\(name) complete")
        }

        let tiny = try SmallDisk.mount(kilobytes: 4)
        defer { SmallDisk.unmount(tiny) }
        FileManager.default.createFile(atPath: tiny.appendingPathComponent("filler").path, contents: Data(count: 4096))
        let t = try CLI.run(["all", CLI.sample.path, "--out", tiny.path])
        #expect(t.status == 1)
        for name in ["summary.txt", "figures.json", "figures.csv", "briefing.pdf", "charts/changes-overview.png"] {
            #expect(t.stderr.contains("error: \(tiny.path)/\(name): cannot write the file"), "\(name) blamed; stderr: \(t.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tiny.path).sorted() == ["charts", "filler"])
        #expect(t.stderr.contains("0 charts in"))
        let svg = try CLI.run(["charts", CLI.sample.path, "--format", "svg", "--out", tiny.path + "/svg"])
        #expect(svg.status == 1)
        #expect(svg.stderr.contains("error: \(tiny.path)/svg/changes-overview.svg: cannot write the file (No space left on device)"),
                "stderr: \(svg.stderr)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: tiny.path + "/svg"))?.isEmpty ?? true)
    }

    /// A run that fails for lack of space never replaces the previous run's complete files: the
    /// new PDF fails before the rename, the old one stays byte for byte.
    @Test(.enabled(if: SmallDisk.available, "needs root to mount a small tmpfs"))
    func aFailedRunLeavesThePreviousFiles() throws {
        let disk = try SmallDisk.mount(kilobytes: 4096)
        defer { SmallDisk.unmount(disk) }
        let first = try CLI.run(["all", CLI.sample.path, "--out", disk.path])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let pdf = disk.appendingPathComponent("briefing.pdf")
        let before = try Data(contentsOf: pdf)
        try SmallDisk.fill(disk, leaving: 100)
        let second = try CLI.run(["all", CLI.sample.path, "--out", disk.path, "--title", "另一份简报"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("error: \(pdf.path): cannot write the file (No space left on device)"), "stderr: \(second.stderr)")
        #expect(try Data(contentsOf: pdf) == before, "the previous PDF stays")
        expectValidPDF(pdf)
        #expect(temporaryFiles(in: disk).isEmpty)
    }

    /// The rename itself fails (the destination is immutable, `chattr +i`): the error says the
    /// finished file could not be moved into place, the old file stays, no temporary file is
    /// left, and the other outputs are written.
    @Test(.enabled(if: Probe.chattr, "chattr +i does not work here"))
    func aFailedRenameKeepsTheOldFile() throws {
        let dir = try CLI.workspace()
        let out = dir.appendingPathComponent("out")
        #expect(try CLI.run(["all", "--out", "out"], in: dir).status == 0)
        let csv = out.appendingPathComponent("figures.csv")
        try Data("old".utf8).write(to: csv)
        try #require(CLI.tool("chattr", ["+i", csv.path])?.status == 0)
        defer { _ = CLI.tool("chattr", ["-i", csv.path]) }
        let r = try CLI.run(["all", "--out", "out"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: \(csv.path): cannot write the file (cannot move the finished file into place: Operation not permitted)"),
                "stderr: \(r.stderr)")
        #expect(try String(contentsOf: csv, encoding: .utf8) == "old")
        #expect(temporaryFiles(in: out).isEmpty)
        expectValidPDF(out.appendingPathComponent("briefing.pdf"))
        expectJSONRecords(out.appendingPathComponent("figures.json"))
    }

    // MARK: - Characters without a glyph

    /// A text with CJK Extension B (𪚥), emoji, Tibetan, Mongolian, Yi and C0 controls, in a file
    /// whose name holds an escape sequence: `all`, `pdf` and `charts` succeed; 𪚥 and the
    /// controls are drawn as 〔U+XXXX〕 with a warning naming file and line; other scripts come
    /// through fontconfig's fallback; no raw escape reaches the terminal.
    @Test func charactersWithoutAGlyphNeverAbortTheBriefing() throws {
        let dir = try CLI.workspace()
        let name = "bad\u{1B}[31mname.txt"
        let text = "2024年，𪚥氏公司氮氧化物排放量同比下降4.76%😀。\n藏区ཀཁག公司二氧化硫排放量同比下降12.43%。\n"
            + "ᠮᠣᠩᠭᠣᠯ公司化学需氧量排放量同比下降3.2%，ꀀꀁ公司氨氮排放量同比增长1.5%。\n某\u{1}公司\u{7}烟尘排放量同比下降2%。\n"
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        let r = try CLI.run(["all", name, "seeds", "--out", "out"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let escaped = "bad\\x1B[31mname.txt"
        #expect(r.stderr.contains("warning: \(escaped):1: character U+2A6A5 (𪚥) has no glyph in any installed font; it is shown as 〔U+2A6A5〕 in the briefing"),
                "stderr: \(r.stderr)")
        #expect(r.stderr.contains("warning: \(escaped):4: control character U+0001 is shown as 〔U+0001〕 in the briefing"))
        #expect(r.stderr.contains("warning: \(escaped) (in its name): control character U+001B is shown as 〔U+001B〕"))
        #expect(!r.stderr.contains("\u{1B}") && !r.stdout.contains("\u{1B}"), "no raw escape on the terminal")
        let pdf = dir.appendingPathComponent("out/briefing.pdf")
        expectValidPDF(pdf)
        if let shown = CLI.tool("pdftotext", [pdf.path, "-"])?.output {
            #expect(shown.contains("〔U+2A6A5〕氏公司"))
            #expect(shown.contains("bad〔U+001B〕[31mname.txt"), "the caption shows the escape")
            if CLI.tool("fc-list", [":charset=f40", "family"])?.output.isEmpty == false {
                #expect(shown.contains("ཀཁག") && !shown.contains("〔U+0F40〕"), "Tibetan through fontconfig fallback")
            }
        }
        let records = expectJSONRecords(dir.appendingPathComponent("out/figures.json"))
        #expect(records.contains { $0["metric"] as? String == "氮氧化物排放量" && $0["file"] as? String == name })
        #expect(records.count > 40, "the seed's figures are there too")
        #expect(records.contains { $0["subject"] as? String == "𪚥氏公司" }, "a name with an Extension B character is kept whole")
        for chart in try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out/charts").path) {
            expectValidPNG(dir.appendingPathComponent("out/charts/\(chart)"))
        }
        let p = try CLI.run(["pdf", name, "-o", "only.pdf"], in: dir)
        #expect(p.status == 0 && p.stderr.contains("〔U+2A6A5〕"), "stderr: \(p.stderr)")
        expectValidPDF(dir.appendingPathComponent("only.pdf"))
        let c = try CLI.run(["charts", name, "--out", "png"], in: dir)
        #expect(c.status == 0 && c.stderr.contains("〔U+2A6A5〕"), "stderr: \(c.stderr)")
        #expect(!c.stdout.contains("\u{1B}"))
    }

    // MARK: - Parts independent

    /// A value whose label leaves no room for bars: those charts are left out, with an error
    /// naming each and a note in the PDF; the PDF, JSON, CSV and summary are written; status 1.
    @Test func aChartThatCannotBeDrawnIsLeftOutWithANote() throws {
        let dir = try CLI.workspace()
        let huge = Array(repeating: "123", count: 29).joined(separator: ",")
        let text = "2024年，某公司氮氧化物排放量同比下降\(huge)%。\n二氧化硫排放量同比下降12.43%。\n化学需氧量排放量同比下降3.2%。\n"
        try Data(text.utf8).write(to: dir.appendingPathComponent("wide.txt"))
        let r = try CLI.run(["all", "wide.txt", "--out", "out"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: chart changes-overview: cannot be drawn (invalid render spec: chart \"各项指标变化幅度\": width 481 pt leaves no room for bars"),
                "stderr: \(r.stderr)")
        #expect(r.stderr.contains("part(s) failed"))
        let pdf = dir.appendingPathComponent("out/briefing.pdf")
        expectValidPDF(pdf)
        if let shown = CLI.tool("pdftotext", [pdf.path, "-"])?.output {
            #expect(shown.contains("图表“各项指标变化幅度”无法绘制，已略去"), "PDF text: \(shown.prefix(600))")
        }
        #expect(expectJSONRecords(dir.appendingPathComponent("out/figures.json")).count == 3)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/summary.txt").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/figures.csv").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/charts/changes-overview.png").path))
    }

    // MARK: - Values

    /// Exact digits kept; malformed numerals are no numbers; an exponent beyond ±10^90 warns.
    @Test func valuesAtTheEdges() throws {
        let dir = try CLI.workspace()
        let text = "2024年，某公司氮氧化物排放量同比增长0.00000000001%。\n某公司铝产量九千九百九千九百万吨。\n"
            + "某公司铜产量一万二万三万吨。\n某公司废水排放量1e300吨。\n"
        try Data(text.utf8).write(to: dir.appendingPathComponent("v.txt"))
        let r = try CLI.run(["extract", "v.txt", "--format", "json"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("\"value\": 0.00000000001, \"unit\": \"%\""), "stdout: \(r.stdout)")
        let records = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        #expect(records.map { $0["metric"] as! String } == ["氮氧化物排放量"], "no figure from a malformed numeral")
        #expect(records.first?["improved"] as? Bool == false, "a rise in emissions, however small, is no improvement")
        #expect(r.stderr.contains("warning: v.txt:4: number.out-of-range: “1e300” is beyond ±10^90 and is not read as a number"), "stderr: \(r.stderr)")
        let csv = try CLI.run(["extract", "v.txt", "--format", "csv"], in: dir)
        #expect(csv.stdout.contains(",up,0.00000000001,%,0.00000000001,%,"), "stdout: \(csv.stdout)")
        let q = try CLI.run(["quantities", "v.txt"], in: dir)
        #expect(!q.stdout.contains("九千九百") && !q.stdout.contains("一万二万"), "stdout: \(q.stdout)")
    }

    // MARK: - Capped charts

    /// 500 metrics in one category: the category chart shows 14 and says how many it leaves out
    /// and where they are; the table lists all 500.
    @Test func aCappedChartSaysWhatItLeavesOut() throws {
        let dir = try CLI.workspace()
        let text = (1...500).map { "2024年，某公司\($0)号炉氮氧化物排放量同比下降\(Double($0) / 10)%。" }.joined(separator: "\n")
        try Data(text.utf8).write(to: dir.appendingPathComponent("many.txt"))
        let r = try CLI.run(["all", "many.txt", "--out", "out"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(expectJSONRecords(dir.appendingPathComponent("out/figures.json")).count == 500)
        let pdf = dir.appendingPathComponent("out/briefing.pdf")
        expectValidPDF(pdf)
        if let shown = CLI.tool("pdftotext", [pdf.path, "-"])?.output.replacingOccurrences(of: "\n", with: "") {
            #expect(shown.contains("另有486项未列入本图，见本节“污染物排放数据一览”表"), "PDF text: \(shown.prefix(1500))")
            #expect(shown.contains("另有492项未列入本图，见各分类章节的数据一览表"))
            #expect(shown.contains("某公司500号炉氮氧化物排放量") || shown.contains("500号炉氮氧化物排放量"))
        }
        expectValidPNG(dir.appendingPathComponent("out/charts/emissions-changes.png"))
    }

    /// Above the threshold of a full list the tables show their top rows only: a capped chart
    /// then points to figures.csv, where every figure is.
    @Test func aCappedChartOfALargeJobPointsToTheCompleteList() throws {
        let dir = try CLI.workspace()
        let text = (1...2_500).map { "2024年，某公司\($0)号炉氮氧化物排放量同比下降\(Double($0 % 900 + 1) / 10)%。" }.joined(separator: "\n")
        try Data(text.utf8).write(to: dir.appendingPathComponent("many.txt"))
        let r = try CLI.run(["all", "many.txt", "--out", "out"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let pdf = dir.appendingPathComponent("out/briefing.pdf")
        expectValidPDF(pdf)
        if let shown = CLI.tool("pdftotext", [pdf.path, "-"])?.output.replacingOccurrences(of: "\n", with: "") {
            #expect(shown.contains("另有2486项未列入本图，见figures.csv"), "PDF text: \(shown.prefix(1500))")
            #expect(!shown.contains("未列入本图，见本节"))
        }
    }

    // MARK: - Terminal safety and honest messages

    /// File names and texts printed on the terminal never carry a raw control character.
    @Test func escapeSequencesNeverReachTheTerminal() throws {
        let dir = try CLI.workspace()
        let name = "x\u{1B}]0;pwned\u{7}.txt"
        try Data("2024年，某\u{1B}[2J公司氮氧化物排放量同比下降4.76%。\n".utf8).write(to: dir.appendingPathComponent(name))
        for args in [["extract", name, "--format", "table"], ["summary", name], ["summary", name, "--format", "markdown"],
                     ["extract", name + "-missing"]] {
            let r = try CLI.run(args, in: dir)
            let all = r.stdout + r.stderr
            #expect(!all.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(args[0]): \(all.debugDescription)")
            // (markdown doubles the backslash)
            #expect(all.replacingOccurrences(of: "\\\\", with: "\\").contains("x\\x1B]0;pwned\\x07.txt"), "\(args[0]): \(all)")
        }
        // CSV on a terminal (a pseudo-terminal from `script`) is escaped; into a pipe it keeps every byte.
        let command = "cd '\(dir.path)' && '\(CLI.binary.path)' extract --format csv x*.txt"
        if let tty = CLI.tool("script", ["-qec", command, "/dev/null"]) {
            #expect(tty.status == 0 && tty.output.contains("x\\x1B]0;pwned\\x07.txt"), "tty: \(tty.output)")
            #expect(!tty.output.contains("\u{1B}") && !tty.output.contains("\u{7}"), "tty: \(tty.output.debugDescription)")
        }
        #expect(try CLI.run(["extract", name, "--format", "csv"], in: dir).stdout.contains(name))
        let json = try CLI.run(["extract", name, "--format", "json"], in: dir)
        let records = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(records.first?["file"] as? String == name, "JSON keeps the real name (escaped as JSON)")
    }

    @Test func symbolicLinksThatLoopOrDangleAreNamedAsSuch() throws {
        let dir = try CLI.workspace()
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("a.txt").path, withDestinationPath: "b.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("b.txt").path, withDestinationPath: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
        let r = try CLI.run(["extract", "a.txt", "gone.txt", "seeds"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: a.txt: is a symbolic link that loops (too many levels of symbolic links); point it at the real file"),
                "stderr: \(r.stderr)")
        #expect(r.stderr.contains("error: gone.txt: is a symbolic link to a file that does not exist (nowhere.txt); fix the link or give the file itself"))
        #expect(r.stdout.contains("氮氧化物"), "the good input is read")
    }

    /// A file cut by another process while it is read is reported as cut, not as "not UTF-8".
    /// The test truncates a 100 MB file (mid-character) as soon as the binary has opened it.
    @Test func aFileTruncatedWhileReadIsReportedAsSuch() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("growing.txt")
        let line = "2024年，某公司氮氧化物排放量同比下降4.76%。各项工作稳步推进。\n"
        let big = Data(String(repeating: line, count: 100_000_000 / line.utf8.count).utf8)
        var hit = false
        for _ in 0..<5 where !hit {
            try big.write(to: file)
            let p = Process()
            p.executableURL = CLI.binary
            p.arguments = ["extract", file.path, "--format", "csv"]
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            // Wait until the binary holds the file open, then cut it in the middle of a character.
            let fds = "/proc/\(p.processIdentifier)/fd"
            var opened = false
            for _ in 0..<5000 where !opened {
                let links = (try? FileManager.default.contentsOfDirectory(atPath: fds)) ?? []
                opened = links.contains { (try? FileManager.default.destinationOfSymbolicLink(atPath: "\(fds)/\($0)")) == file.path }
                if !opened { usleep(200) }
            }
            truncate(file.path, 1001)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            if stderr.contains("was truncated while being read") {
                hit = true
                #expect(p.terminationStatus == 1)
                #expect(stderr.contains("error: \(file.path): file was truncated while being read ("), "stderr: \(stderr)")
                #expect(stderr.contains("read it again once nothing is writing it"))
                #expect(!stderr.contains("not UTF-8"), "stderr: \(stderr)")
            }
        }
        #expect(hit, "the truncation never fell inside the read in five tries")
    }
}
