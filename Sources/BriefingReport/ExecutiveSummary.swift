import BriefingAnalysis
import Foundation

/// The executive summary in Chinese prose, generated from the figures only: each clause
/// restates one figure (subject, year, metric, basis, direction, value and unit) and points
/// to its source line, so every sentence says only what a figure says.
enum ExecutiveSummary {
    static let highlightCount = 5

    static func paragraphs(_ digest: Digest) -> [String] {
        guard !digest.figures.isEmpty else {
            return ["在所给的\(digest.sources.count)份材料中未发现可提取的环境或生产数据（变化、水平或目标）。请核对材料是否为报告正文，或参阅附录中的方法说明。"]
        }
        var out: [String] = []
        let c = digest
        let clause = { (f: AggregatedFigure) in Self.clause(f, showFile: digest.sources.count > 1) }
        let n = digest.counts
        out.append("本简报从\(c.sources.count)份材料中提取数据\(c.figures.count)项：变化\(n.changes)项"
            + "（改善\(n.improvements)项、恶化\(n.worsenings)项、方向未判定\(n.neutralChanges)项），"
            + "水平\(n.levels)项，目标\(n.targets)项。")
        var mentioned = Set<AggregatedFigure>()
        let best = Array(c.improvements.prefix(highlightCount))
        if !best.isEmpty {
            out.append("改善最明显的是：" + best.map(clause).joined(separator: "；") + "。")
            mentioned.formUnion(best)
        }
        if n.worsenings == 0 {
            if n.changes > 0 { out.append("文中未发现恶化的指标。") }
        } else {
            let shown = Array(c.worsenings.prefix(8))
            out.append("需要关注的变化：" + shown.map(clause).joined(separator: "；")
                + (n.worsenings > shown.count ? "；另有\(n.worsenings - shown.count)项见正文" : "") + "。")
            mentioned.formUnion(shown)
        }
        // The first four of each (lazily: a job may hold 100,000 figures).
        let production = Array(c.changes.lazy.filter { [.production, .energy].contains($0.figure.category) && !mentioned.contains($0) }.prefix(4))
        if !production.isEmpty {
            out.append("生产与能源方面：" + production.map(clause).joined(separator: "；") + "。")
        }
        let rates = Array(c.levels.lazy.filter { $0.figure.unit == "%" }.prefix(4))
        if !rates.isEmpty {
            out.append("利用与达标水平：" + rates.map(clause).joined(separator: "；") + "。")
        }
        if n.targets > 0 {
            out.append("目标：" + c.targets.prefix(3).map(clause).joined(separator: "；")
                + (n.targets > 3 ? "等\(n.targets)项" : "") + "。")
        }
        for conflict in c.conflicts.prefix(3) {
            // A metric that disagrees a thousand times, or a value stated in a thousand places,
            // names the first few and counts them all.
            let values = conflict.figures.prefix(refsNamed).map { f in
                let places = f.sources.prefix(refsNamed).map(\.label).joined(separator: ", ")
                return "\(f.figure.valueText)（\(places)\(f.sources.count > refsNamed ? "等\(f.sources.count)处" : "")）"
            }.joined(separator: "与") + (conflict.figures.count > refsNamed ? "等\(conflict.figures.count)个数值" : "")
            out.append("请核对：\(conflict.subject.map { $0 + "的" } ?? "")\(conflict.metric)在文中数值不一致，分别为\(values)。")
        }
        return out
    }

    /// "中铝集团2024年氮氧化物排放量同比下降4.76%（第571行）".
    static func clause(_ f: AggregatedFigure, showFile: Bool) -> String {
        let fig = f.figure
        var s = fig.subject ?? ""
        if let year = fig.year { s += "\(year)年" }
        if let period = fig.period, period != "全年" || fig.year == nil { s += period }
        s += fig.metric
        switch fig.kind {
        case .change:
            s += (fig.basisText ?? "") + verb(fig) + Figure.formatValue(value: fig.value, unit: fig.unit, qualifier: fig.qualifier, sign: nil)
        case .level:
            s += "为" + fig.valueText
        case .target:
            if fig.direction != nil {
                s += "目标" + (fig.basisText ?? "") + verb(fig) + Figure.formatValue(value: fig.value, unit: fig.unit, qualifier: fig.qualifier, sign: nil)
            } else {
                s += "目标为" + fig.valueText
            }
        }
        if f.derived { s += "（推算）" }
        // No space after the file name: justified lines would stretch it into a gap.
        // A figure stated in many places names the first few and counts them all.
        let refs = f.sources.prefix(refsNamed).map { (showFile ? ($0.file as NSString).lastPathComponent + ($0.page == nil ? "" : " ") : "") + SourceNotes.place($0) }
        let more = f.sources.count > refsNamed ? "等\(f.sources.count)处" : ""
        return s + "（" + refs.joined(separator: "、") + more + "）"
    }

    /// Places a key point names at most.
    static let refsNamed = 5

    static func verb(_ f: Figure) -> String {
        guard let direction = f.direction else { return "" }
        let isRate = ["率", "比", "比重", "占比", "比例"].contains { f.metric.hasSuffix($0) } || f.unit == "百分点"
        switch direction {
        case .down: return "下降"
        case .up: return isRate ? "提高" : "增长"
        }
    }
}
