import BriefingAnalysis
import BriefingRender
import Foundation

/// The pages a briefing of several reports adds: the series (charts and a table), the latest
/// report against the one before, the arithmetic checks, and in the appendix what was joined.
extension BriefingDocument {
    static func seriesBlocks(_ digest: Digest, charts: [NamedChart], tables: FigureTables,
                             section: (String) -> Block) -> [Block] {
        var blocks: [Block] = [section("跨报告趋势")]
        let levels = digest.series.filter { $0.kind == .level }.count
        let whos = Set(digest.reports.compactMap(\.entity)).sorted()
        blocks.append(.paragraph(
            "本简报读取\(digest.reports.count)份报告，按各报告正文所载的报告期排列：\(reportList(digest.reports))。"
            + "同一主体、同一指标在不同报告与年份中的数值合为一个系列，共\(digest.series.count)个系列（水平\(levels)个、变化\(digest.series.count - levels)个）"
            + (whos.isEmpty ? "。" : "；文中未写主体的数据归于报告标题所指的\(whos.joined(separator: "、"))。")
            + "指标的不同写法只按附录中的对照表合并，不做模糊匹配。"))
        if digest.series.isEmpty {
            blocks.append(.paragraph("各报告之间没有同一主体、同一指标的两期以上数值。", style: .note))
        } else {
            blocks += charts.filter { $0.placement == .series }.map { .chart($0.spec, height: $0.height) }
            blocks.append(.table(seriesTable(digest.series)))
        }
        if !digest.derived.isEmpty {
            blocks.append(.paragraph("标注“推算”的数值并非原文所载，而是由同一指标的当年水平与同比变化推得，仅供参考。", style: .note))
            blocks.append(.table(tables.derived(digest.derived, of: digest.derived.count)))
        }
        for comparison in digest.sinceLastReport {
            blocks.append(.pageBreak)
            blocks += sinceLastBlocks(comparison, section: section)
        }
        blocks.append(section("核算检查"))
        blocks += checkBlocks(digest.checks)
        return blocks
    }

    /// "2021年（chengdu-2021-tjgb）、2022年（chengdu-2022-tjgb）"; of many reports the first and
    /// the last few, the rest counted ("…（另有140份）…"): the list stands in prose.
    static func reportList(_ reports: [Report]) -> String {
        func name(_ r: Report) -> String { (r.period?.label ?? "报告期不详") + "（\(r.name)）" }
        let shown = 8
        guard reports.count > shown + 2 else { return reports.map(name).joined(separator: "、") }
        return reports.prefix(shown / 2).map(name).joined(separator: "、") + "……（另有\(reports.count - shown)份）……"
            + reports.suffix(shown / 2).map(name).joined(separator: "、")
    }

    static func seriesTable(_ series: [Series]) -> TableSpec {
        TableSpec(columns: [
            TableColumn("主体 · 指标", width: 2.1), TableColumn("各期数值", width: 2.5), TableColumn("最近变化", width: 1.5, alignment: .right),
            TableColumn("向好方向", width: 1.0), TableColumn("判断", width: 0.6),
        ], rows: series.map { s in
            let points = s.points.map { "\($0.period.label) \($0.label)" }.joined(separator: "；")
            let better = s.betterDirection.map { $0 == .up ? "▲ 升为好" : "▼ 降为好" } ?? "—"
            return [s.label + (s.kind == .change ? "（变化）" : ""), points, s.latestChangeText, better, verdict(s.latestImproved)]
        }, caption: "系列一览（\(series.count)个）", unit: nil,
        sourceNote: SourceNotes.note(for: series.flatMap { $0.points.map(\.figure) }), repeatHeader: true)
    }

    static func verdict(_ improved: Bool?) -> String {
        switch improved {
        case true?: "改善"
        case false?: "恶化"
        case nil: "—"
        }
    }

    static func sinceLastBlocks(_ c: SinceLastReport, section: (String) -> Block) -> [Block] {
        let who = c.who ?? "—"
        var blocks: [Block] = [section("与上期相比：\(who)")]
        blocks.append(.paragraph(
            "\(c.latest.period?.label ?? "")报告（\(c.latest.name)）对比\(c.previous.period?.label ?? "")报告（\(c.previous.name)）："
            + "改善\(c.improved.count)项、恶化\(c.worsened.count)项、方向不明或未变\(c.unclear.count)项；"
            + "新出现\(c.new.count)项，不再报告\(c.dropped.count)项。水平指标按两期数值比较，仅有变化率的指标按本期所载同比变化判断。"))
        let compared = c.improved.map { ("改善", $0) } + c.worsened.map { ("恶化", $0) } + c.unclear.map { ("—", $0) }
        if !compared.isEmpty {
            blocks.append(.table(TableSpec(columns: [
                TableColumn("判断", width: 0.6), TableColumn("指标", width: 2.2), TableColumn("上期", width: 1.3, alignment: .right),
                TableColumn("本期", width: 1.3, alignment: .right), TableColumn("变化", width: 1.5, alignment: .right),
            ], rows: compared.map { verdict, s in
                let before = s.points.first { $0.period == c.previous.period }?.label ?? "—"
                return [verdict, s.metric + (s.kind == .change ? "（同比）" : ""), before, s.latest.label, s.latestChangeText]
            }, caption: "两期均有的指标（\(compared.count)项）", unit: nil,
            sourceNote: SourceNotes.note(for: compared.flatMap { $0.1.points.map(\.figure) }), repeatHeader: true)))
        }
        let mentions = c.new.map { ("新出现", $0) } + c.dropped.map { ("不再报告", $0) }
        if !mentions.isEmpty {
            var rows: [[String]] = []
            for status in ["新出现", "不再报告"] {
                for category in Figure.Category.allCases {
                    let names = mentions.filter { $0.0 == status && $0.1.category == category }.map(\.1.metric)
                    if !names.isEmpty { rows.append([status, category.title, "\(names.count)", names.joined(separator: "、")]) }
                }
            }
            blocks.append(.table(TableSpec(columns: [
                TableColumn("状态", width: 0.8), TableColumn("类别", width: 0.9), TableColumn("项数", width: 0.5, alignment: .right),
                TableColumn("指标", width: 5.0),
            ], rows: rows, caption: "新出现与不再报告的指标", unit: nil,
            sourceNote: "“不再报告”只说明本期文本未载该指标；文本若为节选，未载部分也在其中。", repeatHeader: true)))
        }
        return blocks
    }

    static func checkBlocks(_ checks: [ArithmeticCheck]) -> [Block] {
        var blocks: [Block] = [.paragraph(
            "核对报告自身的算术：同一报告的当期水平与其变化率，对照上一期报告所载的上期水平，推算变化率；三次产业增加值之和对照地区生产总值；"
            + "各部分占比之和对照100%；占比对照其分子与分母。按原文写出的位数四舍五入的范围比较：一致记“✓”，不一致记“✗”并列出两数与来源；"
            + "原文注明“按可比价格”“按可比口径”的变化率是实际（剔除价格因素）变化，与名义水平推得的变化率不同不属错误，记“可比口径”；统计公报中增加值、地区生产总值与农林牧渔业产值的增速按惯例均为可比价格增速。"
            + "推算值比原文多写一位小数。不一致的原因可能是上期数据已修订、口径调整未在文中注明或文本有误，请以两处原文核对。")]
        guard !checks.isEmpty else {
            blocks.append(.paragraph("各报告中没有可以互相核对的数值。", style: .note))
            return blocks
        }
        let ordered = checks.filter { $0.outcome == .differs } + checks.filter { $0.outcome == .comparableBasis } + checks.filter { $0.outcome == .agrees }
        let counts = [ArithmeticCheck.Outcome.agrees, .differs, .comparableBasis].map { o in checks.filter { $0.outcome == o }.count }
        blocks.append(.paragraph("共\(checks.count)项：一致\(counts[0])项，不一致\(counts[1])项，可比口径\(counts[2])项。"))
        blocks.append(.table(TableSpec(columns: [
            TableColumn("结果", width: 0.95), TableColumn("检查项", width: 2.1), TableColumn("原文", width: 0.9, alignment: .right),
            TableColumn("推算", width: 0.9, alignment: .right), TableColumn("推算依据", width: 3.0),
        ], rows: ordered.map { c in
            [outcomeMark(c.outcome), [c.who, c.subject].compactMap { $0 }.joined(separator: " "), c.stated, c.computed, c.basis]
        }, caption: "核算检查（\(checks.count)项）", unit: nil,
        sourceNote: "来源：" + SourceNotes.lines(ordered.flatMap(\.sources)), repeatHeader: true)))
        return blocks
    }

    static func outcomeMark(_ o: ArithmeticCheck.Outcome) -> String {
        switch o {
        case .agrees: "✓ 一致"
        case .differs: "✗ 不一致"
        case .comparableBasis: "可比口径"
        }
    }

    /// Appendix: the reports, the entities their figures were given, and the synonyms joined.
    static func joinBlocks(_ digest: Digest) -> [Block] {
        var blocks: [Block] = []
        blocks.append(.table(TableSpec(columns: [
            TableColumn("报告期", width: 0.9), TableColumn("文件", width: 1.6), TableColumn("标题", width: 2.8), TableColumn("主体", width: 1.1),
            TableColumn("关于主体", width: 0.9, alignment: .right),
        ], rows: digest.reports.map { r in
            let own = digest.figures.filter { $0.figure.file == r.file }
            let about = own.filter { r.entity != nil && ($0.entity ?? $0.figure.subject) == r.entity }.count
            return [r.period?.label ?? "—", (r.file as NSString).lastPathComponent, r.heading.title ?? "—", r.entity ?? "—",
                    "\(about)/\(own.count)项"]
        }, caption: "报告及其排序（按正文所载报告期，不按文件名）", unit: nil,
        sourceNote: "“关于主体”：报告的数据中关于标题所指主体的项数（含文中写“全市”“全公司”或未写主体而归于它的）/ 全部项数。",
        repeatHeader: true)))
        let joins = digest.synonymJoins
        if joins.isEmpty {
            blocks.append(.paragraph("本次各系列没有按同义写法合并的指标：每个系列的各期写法相同。", style: .note))
        } else {
            blocks.append(.table(TableSpec(columns: [
                TableColumn("系列名", width: 2.0), TableColumn("原文写法", width: 2.0), TableColumn("所在报告", width: 2.4),
            ], rows: joins.map { [$0.metric, $0.spelling, $0.files.map { Aggregator.stem($0) }.joined(separator: "、")] },
            caption: "按同义写法合并的指标（\(joins.count)项）", unit: nil, sourceNote: nil, repeatHeader: true)))
        }
        blocks.append(.paragraph("同义写法对照表（只有表中写法才合并）："
            + MetricSynonyms.table.map { "\($0.canonical) ← \($0.spellings.joined(separator: "、"))" }.joined(separator: "；") + "。", style: .note))
        return blocks
    }
}
