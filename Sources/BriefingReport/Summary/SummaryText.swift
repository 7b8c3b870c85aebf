import BriefingAnalysis

/// The summary as terminal text: a headline of counts, then one aligned table per category,
/// then conflicts and trends (with several reports: series and the checks that did not agree). Colour only through `SummaryStyle`, so with colour off the
/// output holds no escape codes; ▲/▼, signed values and the 判断 column carry the meaning.
enum SummaryText {
    static func render(_ model: SummaryModel, options: SummaryOptions) -> String {
        let style = SummaryStyle(color: options.color)
        guard !model.isEmpty else { return model.emptyMessage + "\n" }

        var lines = [style.heading(model.headline)]
        if let sourcesLine = model.sourcesLine { lines.append(style.dim(sourcesLine)) }
        let table = SummaryTable(entries: model.sections.flatMap(\.shown), width: options.width)
        let headerCells = table.fitted(SummaryTable.Column.allCases.map(\.header))

        for section in model.sections {
            lines.append("")
            lines.append(style.heading(section.category.title) + "（\(section.countsText)）")
            lines.append(style.dim(table.line(headerCells)))
            lines.append(style.dim(table.rule))
            for entry in section.shown {
                var cells = table.fitted(SummaryTable.cells(entry), derived: entry.item.derived)
                for column in [SummaryTable.Column.arrow, .status, .value] {
                    cells[column.rawValue] = style.status(cells[column.rawValue], entry.status)
                }
                lines.append(table.line(cells))
            }
            if let more = SummaryModel.omittedLine(section.omitted) { lines.append(SummaryTable.indent + style.dim(more)) }
        }

        if !model.conflicts.isEmpty {
            lines.append("")
            lines.append(style.heading("数据冲突") + "（\(model.conflicts.count) 处，同一指标的说法不一致，均保留）")
            for conflict in model.shownConflicts {
                let topic = SummaryModel.topicText(subject: conflict.subject, metric: conflict.metric, year: conflict.year)
                let values = model.conflictValuesText(conflict)
                lines.append(SummaryTable.indent + topic + "：" + values)
            }
            if let more = SummaryModel.omittedLine(model.conflicts.count - model.shownConflicts.count, unit: "处") {
                lines.append(SummaryTable.indent + style.dim(more))
            }
        }

        if !model.statedTrends.isEmpty {
            lines.append("")
            lines.append(style.heading("历年数值") + "（\(model.statedTrends.count) 项）")
            for trend in model.shownTrends {
                let topic = SummaryModel.topicText(subject: trend.who, metric: trend.metric, year: nil)
                lines.append(SummaryTable.indent + topic + "：" + SummaryModel.trendPointsText(trend))
            }
            if let more = SummaryModel.omittedLine(model.statedTrends.count - model.shownTrends.count) {
                lines.append(SummaryTable.indent + style.dim(more))
            }
        }
        if !model.series.isEmpty {
            lines.append("")
            lines.append(style.heading("跨报告系列") + "（\(model.series.count) 个）")
            for s in model.series {
                lines.append(SummaryTable.indent + s.label + (s.kind == .change ? "（变化）" : "") + "：" + SummaryModel.seriesPointsText(s))
            }
        }
        if model.isSeries {
            lines.append("")
            lines.append(style.heading(model.checksTitle))
            for line in model.checkLines { lines.append(SummaryTable.indent + line) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
