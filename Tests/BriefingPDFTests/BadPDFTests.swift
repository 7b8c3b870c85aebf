import BriefingAnalysis
import BriefingPDF
import BriefingRender
import Foundation
import Testing

/// PDFs that cannot be read, or only in part: each gives an error that names the file, says
/// what is wrong and what to do; pages that can be read still are.
@Suite struct BadPDFTests {
    static func temp(_ bytes: [UInt8], name: String = "bad.pdf") throws -> String {
        let dir = NSTemporaryDirectory() + "briefing-bad-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    static func reason(_ path: String) -> String? {
        do { _ = try DocumentLoader.load(path: path); return nil } catch let e as IngestError { return e.reason } catch { return "\(error)" }
    }

    @Test func aTextFileNamedPDFIsRefused() throws {
        let path = try Self.temp(Array("2023年二氧化硫排放量下降12%。".utf8))
        #expect(Self.reason(path)?.hasPrefix("is named .pdf but is not a PDF") == true)
    }

    @Test func aDamagedPDFSaysSo() throws {
        let path = try Self.temp(Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage \u{1}\u{2}\n".utf8))
        let r = try #require(Self.reason(path))
        #expect(r.contains("PDF is damaged") || r.contains("no pages"), "\(r)")
    }

    @Test func aTruncatedPDFIsDamagedOrReadInPart() throws {
        let good = try NewspaperSketch.write()
        defer { try? FileManager.default.removeItem(atPath: good) }
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: good)))
        let path = try Self.temp(Array(bytes.prefix(bytes.count / 3)))
        // Poppler may rebuild what remains; either way no crash and no silent empty success.
        if let r = Self.reason(path) { #expect(r.contains("PDF") || r.contains("page"), "\(r)") }
    }

    @Test func aPageWithoutTextLayerIsReportedAndTheOthersRead() throws {
        var scan = SketchPDF.Page()
        scan.image(x: 40, y: 40, width: 500, height: 700)
        let pages = [NewspaperSketch.pages()[0], scan, NewspaperSketch.pages()[1]]
        let path = try NewspaperSketch.write(pages)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try DocumentLoader.load(path: path)
        #expect(document.problems.map(\.reason).contains { $0.hasPrefix("page 2 has no text layer (a scan?)") })
        let figures = FigureExtractor().extract(from: document).figures
        #expect(figures.contains { $0.page == 1 } && figures.contains { $0.page == 3 })
    }

    @Test func aWholeScanIsAnError() throws {
        var scan = SketchPDF.Page()
        scan.image(x: 40, y: 40, width: 500, height: 700)
        let path = try NewspaperSketch.write([scan, scan])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Self.reason(path)?.hasPrefix("PDF has no text layer on any page (a scan?)") == true)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf"), "qpdf not installed"))
    func anEncryptedPDFNeedingAPasswordSaysHowToDecrypt() throws {
        let plain = try NewspaperSketch.write()
        defer { try? FileManager.default.removeItem(atPath: plain) }
        let locked = NSTemporaryDirectory() + "briefing-locked-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: locked) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        p.arguments = ["--encrypt", "secret", "owner", "256", "--", plain, locked]
        try p.run(); p.waitUntilExit()
        let r = try #require(Self.reason(locked))
        #expect(r.hasPrefix("PDF is encrypted and needs a password; decrypt it first"), "\(r)")

        // Only an owner password (printing restricted): opened and read.
        let owner = NSTemporaryDirectory() + "briefing-owner-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: owner) }
        let q = Process()
        q.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        q.arguments = ["--encrypt", "", "owner", "256", "--print=none", "--", plain, owner]
        try q.run(); q.waitUntilExit()
        #expect(Self.reason(owner) == nil)
    }
}

/// A PDF opened again for the source crops: gone, or no longer a PDF, is an error naming it.
@Suite struct SourcePDFTests {
    @Test func aPDFThatIsGoneOrReplacedCannotBeOpenedAgain() throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("source-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("r.pdf").path
        var page = SketchPDF.Page()
        page.text("二氧化硫排放量1250吨。", x: 56, y: 90, size: 10.5)
        try SketchPDF(pages: [page]).write(to: path)
        let pdf = try SourcePDF(path: path)
        #expect(pdf.pageCount == 1 && pdf.page(2) == nil)
        let first = try #require(pdf.page(1))
        #expect(first.characters.map { String($0.scalar) }.joined() == "二氧化硫排放量1250吨。")
        #expect(abs(first.width - 595.276) < 0.5)

        try Data("不是PDF".utf8).write(to: URL(fileURLWithPath: path))
        #expect { try SourcePDF(path: path) } throws: { ($0 as? IngestError)?.description == "\(path): is no longer a PDF (no %PDF- header)" }
        try FileManager.default.removeItem(atPath: path)
        #expect { try SourcePDF(path: path) } throws: { ($0 as? IngestError)?.path == path }
    }
}
