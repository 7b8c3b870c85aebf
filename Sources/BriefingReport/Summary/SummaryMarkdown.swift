import BriefingAnalysis

/// The summary as GitHub-flavoured markdown: the same content as the text format, a heading
/// per category and a table each; `|` escaped in cells, never truncated, never coloured.
enum SummaryMarkdown {
    static func render(_ model: SummaryModel) -> String {
        guard !model.isEmpty else { return model.emptyMessage + "\n" }
        var lines = ["# 数据摘要", "", model.headline]
        if let sourcesLine = model.sourcesLine { lines += ["", escapeText(sourcesLine)] }

        for section in model.sections {
            lines += ["", "## \(escapeText(section.category.title))", "", section.countsText, ""]
            lines.append(row(SummaryTable.Column.allCases.map(\.header)))
            lines.append("|" + SummaryTable.Column.allCases.map { $0.rightAligned ? " ---: " : " --- " }.joined(separator: "|") + "|")
            for entry in section.shown { lines.append(row(SummaryTable.cells(entry))) }
            if let more = SummaryModel.omittedLine(section.omitted) { lines += ["", escapeText(more)] }
        }

        if !model.conflicts.isEmpty {
            lines += ["", "## 数据冲突", "", "同一指标的说法不一致，均保留。", ""]
            for conflict in model.shownConflicts {
                let topic = SummaryModel.topicText(subject: conflict.subject, metric: conflict.metric, year: conflict.year)
                let values = model.conflictValuesText(conflict)
                lines.append("- " + escapeText(topic + "：" + values))
            }
            if let more = SummaryModel.omittedLine(model.conflicts.count - model.shownConflicts.count, unit: "处") {
                lines.append("- " + escapeText(more))
            }
        }

        if !model.statedTrends.isEmpty {
            lines += ["", "## 历年数值", ""]
            for trend in model.shownTrends {
                let topic = SummaryModel.topicText(subject: trend.who, metric: trend.metric, year: nil)
                lines.append("- " + escapeText(topic + "：" + SummaryModel.trendPointsText(trend)))
            }
            if let more = SummaryModel.omittedLine(model.statedTrends.count - model.shownTrends.count) {
                lines.append("- " + escapeText(more))
            }
        }
        if !model.series.isEmpty {
            lines += ["", "## 跨报告系列（\(model.series.count) 个）", ""]
            for s in model.series {
                lines.append("- " + escapeText(s.label + (s.kind == .change ? "（变化）" : "") + "：" + SummaryModel.seriesPointsText(s)))
            }
        }
        if model.isSeries {
            lines += ["", "## " + model.checksTitle, ""]
            for line in model.checkLines { lines.append("- " + escapeText(line)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.map(escapeText).joined(separator: " | ") + " |"
    }

    /// Cell or running text: backslash and `|` escaped (a cell's `|` would split it; in running
    /// text it is escaped too, so a line never turns into a table row), line breaks made spaces.
    static func escapeText(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}
