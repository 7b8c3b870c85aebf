import BriefingPDF
import BriefingRender
import Foundation
import Testing

/// The progress line of a long PDF: when it shows, what it says, how often it is redrawn, that
/// it is cleared; and that the ingest tells it every page.
@Suite struct PageProgressTests {
    /// A clock the test moves, and what was written.
    final class Record: @unchecked Sendable {
        var now = 0.0
        var written: [String] = []
    }

    static func progress(_ r: Record) -> PageProgress { PageProgress(clock: { r.now }, write: { r.written.append($0) }) }

    @Test func aLongPDFShowsItsPageInPlaceAndIsClearedAtTheEnd() {
        let r = Record()
        let p = Self.progress(r)
        for page in 1...120 { r.now += 0.01; p.update(path: "big.pdf", page: page, of: 120) }
        p.finish(path: "big.pdf")
        #expect(r.written.first == "\rreading big.pdf: page 1/120\u{1B}[K")
        #expect(r.written.last == "\r\u{1B}[K")
        // 1.2 s of reading redrawn at most every 0.1 s.
        #expect((10...14).contains(r.written.count - 1), "\(r.written.count)")
        #expect(r.written.dropLast().allSatisfy { $0.hasPrefix("\rreading big.pdf: page ") && $0.hasSuffix("/120\u{1B}[K") })
    }

    @Test func aShortPDFShowsNothingUnlessItIsSlow() {
        let r = Record()
        let p = Self.progress(r)
        for page in 1...20 { r.now += 0.05; p.update(path: "short.pdf", page: page, of: 20) }
        p.finish(path: "short.pdf")
        #expect(r.written.isEmpty)
        // A slow one: after two seconds the line appears.
        p.update(path: "slow.pdf", page: 0, of: 20)
        for page in 1...20 { r.now += 0.3; p.update(path: "slow.pdf", page: page, of: 20) }
        p.finish(path: "slow.pdf")
        #expect(r.written.first?.hasPrefix("\rreading slow.pdf: page 7/20") == true, "\(r.written)")
        #expect(r.written.last == PageProgress.cleared)
    }

    @Test func twoPDFsReadAtOnceShareTheLine() {
        let r = Record()
        let p = Self.progress(r)
        for page in 1...60 {
            r.now += 0.2
            p.update(path: "a.pdf", page: page, of: 60)
            p.update(path: "b.pdf", page: page, of: 60)
        }
        #expect(r.written.allSatisfy { $0.contains("a.pdf") })
        p.finish(path: "a.pdf")
        p.update(path: "b.pdf", page: 60 - 1, of: 60)
        #expect(r.written.last == "\rreading b.pdf: page 59/60\u{1B}[K")
        p.clear()
        #expect(r.written.last == PageProgress.cleared)
    }

    @Test func theFormatting() {
        #expect(PageProgress.line(path: "报告.pdf", page: 120, total: 500) == "reading 报告.pdf: page 120/500")
        #expect(PageProgress.isLong(pages: 51, elapsed: 0) && !PageProgress.isLong(pages: 50, elapsed: 1.9))
        #expect(PageProgress.isLong(pages: 3, elapsed: 2.1))
    }

    @Test func theIngestTellsEveryPage() throws {
        let path = NSTemporaryDirectory() + "progress-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pages = (1...3).map { k -> SketchPDF.Page in
            var p = SketchPDF.Page()
            p.text("第\(k)页：产量增长\(k)%。", x: 56, y: 90, size: 10.5)
            return p
        }
        try SketchPDF(pages: pages).write(to: path)
        var told: [String] = []
        _ = try DocumentLoader.load(path: path) { page, total in told.append("\(page)/\(total)") }
        #expect(told == ["0/3", "1/3", "2/3", "3/3"])
    }
}
