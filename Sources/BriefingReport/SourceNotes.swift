import BriefingAnalysis
import Foundation

/// Source lines for charts and tables: "来源：report.txt 第571、572、575行；b.txt 第3行".
enum SourceNotes {
    static func note(for figures: [AggregatedFigure]) -> String {
        "来源：" + lines(figures.flatMap(\.sources))
    }

    static func lines(_ sources: [SourceRef]) -> String {
        sources.linesByFile.map { group in
            let lines = group.lines.sorted()
            let shown = lines.count > 12 ? lines.prefix(12).map(String.init) + ["…"] : lines.map(String.init)
            return "\(group.file) 第\(shown.joined(separator: "、"))行"
        }.joined(separator: "；")
    }
}

extension SourceNotes {
    /// A table cell: "第571、575行" when the briefing reads one file, else "name:571" with long
    /// names shortened (the full names stand in the source note under the table).
    static func cell(_ f: AggregatedFigure, singleSource: Bool) -> String {
        if singleSource { return "第" + f.sources.map { "\($0.line)" }.joined(separator: "、") + "行" }
        return f.sources.map { s in
            let name = ((s.file as NSString).lastPathComponent as NSString).deletingPathExtension
            return DisplayWidth.truncate(name, to: 14) + ":\(s.line)"
        }.joined(separator: "、")
    }
}

extension AggregatedFigure {
    /// "铝加工 化学需氧量排放强度", or the metric alone when there is no subject; with several
    /// inputs, a subject that only means something in its file carries the file ("全市·b 用电量").
    var label: String { [who, figure.metric].compactMap { $0 }.joined(separator: " ") }

    /// The value as shown in tables: signed for changes, "（推算）" when derived.
    var valueCell: String { figure.arrow + figure.valueText + (derived ? "（推算）" : "") }

    /// "2024" or "—".
    var yearCell: String { figure.year.map { "\($0)" } ?? "—" }
}
