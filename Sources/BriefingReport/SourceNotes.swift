import BriefingAnalysis
import Foundation

/// Source lines for charts and tables: "来源：report.txt 第571、572、575行；b.pdf p.3、p.5".
enum SourceNotes {
    static func note(for figures: [AggregatedFigure]) -> String {
        "来源：" + lines(figures.flatMap(\.sources))
    }

    /// Files named in one source note at most; then all are counted ("；…共N份文件").
    static let filesNamed = 8

    static func lines(_ sources: [SourceRef]) -> String {
        let paged = sources.pagedFiles
        let groups = sources.linesByFile
        let named = groups.prefix(filesNamed).map { group in
            let lines = group.lines.sorted()
            if paged.contains(group.file) {
                let shown = lines.count > 12 ? lines.prefix(12).map { "p.\($0)" } + ["…"] : lines.map { "p.\($0)" }
                return "\(group.file) \(shown.joined(separator: "、"))"
            }
            let shown = lines.count > 12 ? lines.prefix(12).map(String.init) + ["…"] : lines.map(String.init)
            return "\(group.file) 第\(shown.joined(separator: "、"))行"
        }.joined(separator: "；")
        return groups.count > filesNamed ? named + "；…共\(groups.count)份文件" : named
    }

    /// One source's place: "第571行", or "p.3" for PDF input.
    static func place(_ s: SourceRef) -> String { s.page.map { "p.\($0)" } ?? "第\(s.line)行" }
}

extension SourceNotes {
    /// A table cell: "第571、575行" (or "p.3、p.5" for PDF input) when the briefing reads one
    /// file, else "name:571" (or "name p.3") with long names shortened (the full names stand in
    /// the source note under the table).
    static func cell(_ f: AggregatedFigure, singleSource: Bool) -> String {
        if singleSource {
            if f.sources.allSatisfy({ $0.page != nil }) { return f.sources.map(place).joined(separator: "、") }
            return "第" + f.sources.map { "\($0.line)" }.joined(separator: "、") + "行"
        }
        return f.sources.map { s in
            let name = DisplayWidth.truncate(((s.file as NSString).lastPathComponent as NSString).deletingPathExtension, to: 14)
            return name + (s.page.map { " p.\($0)" } ?? ":\(s.line)")
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
