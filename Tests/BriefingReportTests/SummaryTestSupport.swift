import BriefingAnalysis
import Foundation

/// Digests for the summary tests: the sample newspaper, the fixtures, and hand-made figures.
enum SummaryFixtures {
    static let projectRoot =
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let samplePath = projectRoot.appendingPathComponent("seeds/000_110601d51d0bdeef.txt").path

    /// The sample newspaper's digest, extracted once.
    static let sample: Digest = digest(paths: [samplePath])

    static func digest(paths: [String]) -> Digest {
        let analysis = CorpusAnalysis.run(paths)
        return Aggregator.digest(analysis.figures, sources: analysis.sources)
    }

    static func digest(text: String, file: String = "a.txt") -> Digest {
        let figures = FigureExtractor().extract(from: Normalizer.normalize(text, file: file)).figures
        return Aggregator.digest(figures, sources: [file])
    }

    static func figure(_ kind: Figure.Kind, _ subject: String?, _ metric: String, _ direction: Figure.Direction? = nil,
                       _ value: Decimal, _ unit: String = "%", improved: Bool? = nil,
                       category: Figure.Category = .emissions, year: Int? = 2024,
                       file: String = "a.txt", line: Int = 1) -> Figure {
        Figure(kind: kind, subject: subject, metric: metric, direction: direction, value: value, unit: unit,
               baseValue: value, baseUnit: unit, qualifier: nil, basis: kind == .change ? .yoy : nil,
               year: year, period: nil, category: category, improved: improved,
               quote: "\(subject ?? "")\(metric)\(value)\(unit)", file: file, line: line)
    }

    /// One of each: improved, worsened, unknown change; level; target; a conflict; a derived level.
    static let mixed: Digest = {
        let figures = [
            figure(.change, "某公司", "氨氮排放量", .down, 10, improved: true, line: 3),
            figure(.change, "某公司", "烟尘排放量", .down, 30, improved: true, line: 4),
            figure(.change, "某公司", "能耗", .up, 2, improved: false, category: .energy, line: 5),
            figure(.change, "某厂", "人员", .down, 5, improved: nil, category: .other, year: nil, line: 6),
            figure(.level, "某公司", "电解铝产量", nil, 52, "万吨", category: .production, line: 7),
            figure(.change, "某公司", "电解铝产量", .up, 4, improved: true, category: .production, line: 7),
            figure(.target, "某公司", "固体废物合规处置率", nil, 100, category: .compliance, year: 2025, line: 8),
            figure(.change, "某公司", "二氧化硫排放量", .down, 12, improved: true, file: "b.txt", line: 2),
            figure(.change, "某公司", "二氧化硫排放量", .down, 15, improved: true, file: "c.txt", line: 9),
        ]
        return Aggregator.digest(figures, sources: ["a.txt", "b.txt", "c.txt"])
    }()

    static let emptyDigest = Aggregator.digest([], sources: ["empty.txt"])

    static func hasEscape(_ text: String) -> Bool { text.unicodeScalars.contains("\u{1B}") }
}

/// Reads a rendered text table back by display columns, as a terminal shows it.
struct RenderedTable {
    /// Display column where each column starts, from the rule line's runs of "─".
    let starts: [Int]
    let ends: [Int]
    let header: String
    let rows: [String]

    /// The tables of a plain text summary: a header line, a rule line, rows until a blank line.
    static func all(in text: String) -> [RenderedTable] {
        let lines = text.components(separatedBy: "\n")
        var tables: [RenderedTable] = []
        for (i, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces).hasPrefix("─") && i > 0 {
            var starts: [Int] = [], ends: [Int] = [], column = 0, inRun = false
            for ch in line {
                if ch == "─" { if !inRun { starts.append(column) }; inRun = true } else { if inRun { ends.append(column) }; inRun = false }
                column += DisplayWidth.of(String(ch))
            }
            if inRun { ends.append(column) }
            let rows = Array(lines[(i + 1)...].prefix { !$0.isEmpty })
            tables.append(RenderedTable(starts: starts, ends: ends, header: lines[i - 1], rows: rows))
        }
        return tables
    }

    /// The text between display columns `from` and `to`; nil when a wide character straddles a bound.
    static func slice(_ line: String, from: Int, to: Int) -> String? {
        var out = "", column = 0
        for ch in line {
            let w = DisplayWidth.of(String(ch))
            if column >= from && column + w <= to { out.append(ch) }
            else if column < from && column + w > from { return nil }
            else if column < to && column + w > to { return nil }
            column += w
        }
        return out
    }

    /// The cells of `line`, each padded region included, or nil when the columns do not line up.
    func cells(_ line: String) -> [String]? {
        var cells: [String] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : Int.max
            guard let cell = Self.slice(line, from: start, to: end) else { return nil }
            cells.append(cell)
        }
        return cells
    }
}
