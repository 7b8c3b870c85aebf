import BriefingAnalysis
import BriefingRender
import Foundation

/// The appendix's source crops: every listed figure read from a PDF is marked on a crop of its
/// page, and figures close together on one page share a crop.
///
/// ```
/// figures with page and box ─► by file and page (first seen first) ─► the page opened again
///   ─► each number checked where it was read (the characters in its box are in its quote)
///   ─► a band from a line and a half above each number to a line and a half below, widened so no
///      line is cut, across the page's text width; bands that overlap merged up to `maxBandHeight`
///      and `maxMarks` ─► SourceCropSpec, at most `limit` of them
/// ```
/// A file that cannot be opened again, a page it no longer has, or a number that no longer stands
/// in its box gives a warning, and those figures are listed without a crop; the rest is unchanged.
enum SourceCrops {
    struct Plan {
        var crops: [SourceCropSpec] = []
        var warnings: [String] = []
        /// Figures that have a place on a page but no crop because of `limit`.
        var beyondLimit = 0
        /// Figures marked on a crop.
        var marked = 0
    }

    /// A band is at most this many times its numbers' line height (about eight lines), and
    /// may always be `minBandLimit` points tall (a table's rows are far apart).
    static let maxBandLines = 8.0
    static let minBandLimit = 140.0
    static func maxBandHeight(_ line: Double) -> Double { max(maxBandLines * line, minBandLimit) }
    /// Marks on one crop at most (the legend stays a few lines).
    static let maxMarks = 10

    private struct Placed { let figure: AggregatedFigure; let box: Rect }

    static func plan(_ figures: [AggregatedFigure], pages: any SourcePageProvider, singleSource: Bool,
                     limit: Int = ReportLimits.sourceCrops) -> Plan {
        var plan = Plan()
        var order: [String] = []
        var groups: [String: (file: String, page: Int, items: [Placed])] = [:]
        for f in figures where !f.derived {
            guard let page = f.figure.page, let b = f.figure.box, b.count == 4, b[2] > 0, b[3] > 0 else { continue }
            let key = "\(page)\u{0}\(f.figure.file)"
            if groups[key] == nil { order.append(key); groups[key] = (f.figure.file, page, []) }
            groups[key]!.items.append(Placed(figure: f, box: Rect(x: b[0], y: b[1], width: b[2], height: b[3])))
        }
        var unreadable = Set<String>()
        var moved: [String: Int] = [:], movedOrder: [String] = []
        for key in order {
            let (file, number, items) = groups[key]!
            guard plan.crops.count < limit else { plan.beyondLimit += items.count; continue }
            guard !unreadable.contains(file) else { continue }
            let page: SourcePage
            do { page = try pages.page(file: file, number: number) } catch {
                unreadable.insert(file)
                let reason = (error as? IngestError).map { "\($0.path): cannot be opened again to draw its source crops (\($0.reason))" }
                    ?? "\(file): cannot be opened again to draw its source crops (\(error))"
                plan.warnings.append("warning: \(reason); the appendix lists its figures without crops")
                continue
            }
            let kept = items.filter { stillThere($0, on: page) }
            if kept.count < items.count {
                if moved[file] == nil { movedOrder.append(file) }
                moved[file, default: 0] += items.count - kept.count
            }
            for band in bands(kept, on: page) {
                guard plan.crops.count < limit else { plan.beyondLimit += band.items.count; continue }
                plan.crops.append(crop(band.items, region: band.region, file: file, page: number, drawing: page.drawing,
                                       singleSource: singleSource))
                plan.marked += band.items.count
            }
        }
        for file in movedOrder {
            plan.warnings.append("warning: \(file): \(moved[file]!) number(s) no longer stand where they were read (has the file changed since?); the appendix lists them without source crops")
        }
        return plan
    }

    /// Whether the characters now in `p`'s box are part of its quote (spaces aside): the page
    /// still shows the number that was read there.
    private static func stillThere(_ p: Placed, on page: SourcePage) -> Bool {
        let inside = page.characters.filter { c in
            let m = c.box.center
            return m.x >= p.box.x - 0.5 && m.x <= p.box.maxX + 0.5 && m.y >= p.box.y - 0.5 && m.y <= p.box.maxY + 0.5
        }
        guard !inside.isEmpty else { return false }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: inside.map(\.scalar))
        let quote = p.figure.figure.quote.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" }
        return String(String.UnicodeScalarView(quote)).contains(String(text))
    }

    /// The bands of one page, top to bottom: each number's band (see the type), those that
    /// overlap merged while the result stays within `maxBandLines` lines and `maxMarks` marks.
    private static func bands(_ items: [Placed], on page: SourcePage) -> [(region: Rect, items: [Placed])] {
        guard !items.isEmpty else { return [] }
        let xs = page.characters.map(\.box.x), xe = page.characters.map(\.box.maxX)
        let left = max(0, (xs.min() ?? 0) - 6), right = min(page.width, (xe.max() ?? page.width) + 6)
        var out: [(y0: Double, y1: Double, line: Double, items: [Placed])] = []
        for p in items.sorted(by: { ($0.box.y, $0.box.x) < ($1.box.y, $1.box.x) }) {
            let line = p.box.height
            var (y0, y1) = widened(p.box.y - 1.5 * line, p.box.maxY + 1.5 * line, on: page)
            y0 = max(0, y0 - 2); y1 = min(page.height, y1 + 2)
            if let last = out.last, y0 <= last.y1, max(y1, last.y1) - last.y0 <= maxBandHeight(max(line, last.line)),
               last.items.count < maxMarks {
                out[out.count - 1].y1 = max(y1, last.y1)
                out[out.count - 1].items.append(p)
            } else {
                // The lines the crop above shows are not shown again (when the number is below them).
                if let last = out.last, p.box.y >= last.y1 { y0 = max(y0, last.y1) }
                out.append((y0, y1, line, [p]))
            }
        }
        return out.map { (Rect(x: left, y: $0.y0, width: right - left, height: $0.y1 - $0.y0), $0.items) }
    }

    /// `y0…y1` moved outwards until no character straddles either edge.
    private static func widened(_ top: Double, _ bottom: Double, on page: SourcePage) -> (Double, Double) {
        var y0 = top, y1 = bottom
        for _ in 0..<6 {
            var changed = false
            for c in page.characters {
                if c.box.y < y0 && c.box.maxY > y0 { y0 = c.box.y; changed = true }
                if c.box.y < y1 && c.box.maxY > y1 { y1 = c.box.maxY; changed = true }
            }
            if !changed { break }
        }
        return (y0, y1)
    }

    private static func crop(_ items: [Placed], region: Rect, file: String, page: Int, drawing: any ExternalPageDrawing,
                             singleSource: Bool) -> SourceCropSpec {
        let name = (file as NSString).lastPathComponent
        let caption = singleSource ? "原文 p.\(page)" : "\(name) p.\(page)"
        let marks = items.enumerated().map { k, p in SourceCropSpec.Mark(box: p.box, label: "\(k + 1)") }
        let legend = items.enumerated().map { k, p in "\(circled(k + 1)) \(p.figure.label)  \(p.figure.valueCell)" }
            .joined(separator: "　　")
        return SourceCropSpec(caption: caption, page: drawing, region: region, marks: marks, legend: legend, maxScale: 1)
    }

    /// ① … ⑳, then (21).
    static func circled(_ n: Int) -> String {
        (1...20).contains(n) ? String(Character(Unicode.Scalar(0x2460 + UInt32(n - 1))!)) : "(\(n))"
    }
}
