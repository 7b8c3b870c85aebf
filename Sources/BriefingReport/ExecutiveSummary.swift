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
        out.append("本简报从\(c.sources.count)份材料中提取数据\(c.figures.count)项：变化\(c.changes.count)项"
            + "（改善\(c.improvements.count)项、恶化\(c.worsenings.count)项、方向未判定\(c.neutralChanges.count)项），"
            + "水平\(c.levels.count)项，目标\(c.targets.count)项。")
        var mentioned = Set<AggregatedFigure>()
        let best = Array(c.improvements.prefix(highlightCount))
        if !best.isEmpty {
            out.append("改善最明显的是：" + best.map(clause).joined(separator: "；") + "。")
            mentioned.formUnion(best)
        }
        if c.worsenings.isEmpty {
            if !c.changes.isEmpty { out.append("文中未发现恶化的指标。") }
        } else {
            let shown = Array(c.worsenings.prefix(8))
            out.append("需要关注的变化：" + shown.map(clause).joined(separator: "；")
                + (c.worsenings.count > shown.count ? "；另有\(c.worsenings.count - shown.count)项见正文" : "") + "。")
            mentioned.formUnion(shown)
        }
        let production = c.changes.filter { [.production, .energy].contains($0.figure.category) && !mentioned.contains($0) }
        if !production.isEmpty {
            out.append("生产与能源方面：" + production.prefix(4).map(clause).joined(separator: "；") + "。")
        }
        let rates = c.levels.filter { $0.figure.unit == "%" }
        if !rates.isEmpty {
            out.append("利用与达标水平：" + rates.prefix(4).map(clause).joined(separator: "；") + "。")
        }
        if !c.targets.isEmpty {
            out.append("目标：" + c.targets.prefix(3).map(clause).joined(separator: "；")
                + (c.targets.count > 3 ? "等\(c.targets.count)项" : "") + "。")
        }
        for conflict in c.conflicts.prefix(3) {
            let values = conflict.figures.map { "\($0.figure.valueText)（\($0.sourceLabel)）" }.joined(separator: "与")
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
        let refs = f.sources.map { (showFile ? ($0.file as NSString).lastPathComponent + ($0.page == nil ? "" : " ") : "") + SourceNotes.place($0) }
        return s + "（" + refs.joined(separator: "、") + "）"
    }

    static func verb(_ f: Figure) -> String {
        guard let direction = f.direction else { return "" }
        let isRate = ["率", "比", "比重", "占比", "比例"].contains { f.metric.hasSuffix($0) } || f.unit == "百分点"
        switch direction {
        case .down: return "下降"
        case .up: return isRate ? "提高" : "增长"
        }
    }
}
