import BriefingAnalysis
import BriefingPDF
import BriefingRender
import Foundation
import Testing
@testable import BriefingReport

/// The briefing's own PDF read back through the PDF ingest gives the figures of its tables:
/// value, unit, direction, subject and metric of every row (cells that wrap onto a second line,
/// signed values with arrows and units in the cell, 约 and 以上, a year and a basis column).
@Suite struct TableReadBackTests {
    /// The briefing of `input`'s figures with only its data tables, drawn and read back.
    static func readBack(_ input: String) throws -> (shown: [AggregatedFigure], read: [Figure]) {
        let (digest, _) = ReportFixtures.digest([input])
        let full = BriefingDocument.spec(digest, charts: [], options: ReportOptions(date: Date(timeIntervalSince1970: 0)))
        let tables = full.blocks.filter { if case let .table(t) = $0 { t.caption?.hasSuffix("数据一览") == true } else { false } }
        let spec = DocumentSpec(metadata: full.metadata, blocks: tables)
        let url = ReportFixtures.temporaryFolder().appendingPathComponent("tables.pdf")
        try PDFWriter().write(spec, to: url)
        let document = try DocumentLoader.load(path: url.path)
        let shown = digest.categories.flatMap { digest.figures(in: $0) }.filter { $0.figure.kind != .target }
        return (shown, FigureExtractor().extract(from: document).figures)
    }

    /// Whether `read` is `f` as its table row shows it. A subject the extractor keeps inside the
    /// metric (a sector: 铜冶炼化学需氧量排放强度) counts when subject and metric are both there.
    static func matches(_ read: Figure, _ f: Figure) -> Bool {
        let named = (read.subject ?? "") + read.metric
        return read.value == f.value && read.unit == f.unit && read.direction == f.direction && read.qualifier == f.qualifier
            && named.contains(f.metric) && named.contains(f.subject ?? "")
    }

    @Test func theSampleBriefingsTablesReadBack() throws {
        let (shown, read) = try Self.readBack(ReportFixtures.sample)
        #expect(shown.count >= 30)
        let missing = shown.filter { f in !read.contains { Self.matches($0, f.figure) } }
        #expect(missing.isEmpty, "not read back: \(missing.map { "\($0.figure.subject ?? "—") \($0.figure.metric) \($0.figure.valueText)" })")
        // And each row once: the table gives no figure its rows do not hold.
        #expect(read.count == shown.count, "\(read.count) read for \(shown.count) rows")
        // The year column is read (a row with 2024 is 2024's).
        let so2 = try #require(read.first { $0.metric == "氮氧化物排放量" })
        #expect(so2.year == 2024 && so2.basis == .yoy && so2.direction == .down)
    }

    @Test func aBulletinsTablesReadBack() throws {
        let (shown, read) = try Self.readBack(ReportFixtures.fixture("bulletin_2023.txt"))
        let missing = shown.filter { f in !read.contains { Self.matches($0, f.figure) } }
        #expect(!shown.isEmpty && missing.isEmpty, "not read back: \(missing.map { "\($0.figure.subject ?? "—") \($0.figure.metric) \($0.figure.valueText)" })")
    }
}
