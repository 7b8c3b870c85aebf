import BriefingAnalysis
import BriefingRender
import Foundation

/// Digest + charts ─► the briefing as a document spec: cover with headline tiles and contents,
/// key points in prose, one section per category (charts and a compact table), levels and
/// rates, targets, trends, conflicts, and appendices with every figure and the method.
public enum BriefingDocument {
    /// `omitted` charts could not be drawn: a note stands where each would have been.
    public static func spec(_ digest: Digest, charts: [NamedChart], omitted: [OmittedChart] = [],
                            options: ReportOptions) -> DocumentSpec {
        spec(digest, charts: charts, omitted: omitted, options: options, crops: SourceCrops.Plan())
    }

    /// `crops`: the appendix's source crops (PDF input); none: the briefing has no such appendix.
    static func spec(_ digest: Digest, charts: [NamedChart], omitted: [OmittedChart],
                     options: ReportOptions, crops: SourceCrops.Plan) -> DocumentSpec {
        var blocks: [Block] = []
        let tables = FigureTables(singleSource: digest.sources.count == 1)
        let shown = BriefingSelection(digest, full: options.fullAppendix)
        let sources = digest.sources.map { ($0 as NSString).lastPathComponent }
        blocks.append(.title(options.title, subtitle: "资料来源：\(sourceList(sources)) · 生成日期：\(options.dateText)"))
        blocks.append(.tiles(headlineTiles(digest), sourceNote: ""))
        blocks.append(.tableOfContents(title: "目录"))

        var number = 0
        func section(_ title: String) -> Block {
            number += 1
            return .heading(level: 1, text: "\(chineseOrdinal(number))、\(title)")
        }
        func chartBlocks(_ placement: NamedChart.Placement) -> [Block] {
            charts.filter { $0.placement == placement }.map { .chart($0.spec) }
                + omitted.filter { $0.chart.placement == placement }.map {
                    .paragraph("图表“\($0.chart.spec.title)”无法绘制，已略去（原因见运行时的错误信息）；其数据见各节数据一览表与附录一。", style: .note)
                }
        }

        blocks.append(section("要点"))
        blocks += ExecutiveSummary.paragraphs(digest).map { .paragraph($0) }
        blocks += chartBlocks(.overview)

        for category in digest.categories {
            let figures = digest.figures(in: category).filter { $0.figure.kind != .target }
            guard !figures.isEmpty else { continue }
            blocks.append(section(category.title))
            blocks += chartBlocks(.category(category))
            let rows = shown.tableRows(category, of: figures)
            blocks.append(.table(tables.compact(rows, caption: shown.caption("\(category.title)数据一览", rows.count, of: figures.count))))
        }

        let rates = digest.levels.filter { $0.figure.unit == "%" }
        if !rates.isEmpty {
            blocks.append(section("利用率、完成率与占比"))
            blocks += chartBlocks(.rates)
            blocks.append(.paragraph("文中给出的比率类水平值，按其原文数值与100%对照；“以上”“约”等限定语照录。", style: .note))
        }
        if !digest.targets.isEmpty {
            blocks.append(section("目标"))
            blocks += chartBlocks(.targets)
            let rows = shown.limited(digest.targets, to: ReportLimits.tableRows)
            blocks.append(.table(tables.compact(rows, caption: shown.caption("目标一览", rows.count, of: digest.targets.count))))
        }
        if !digest.reports.isEmpty {
            blocks += seriesBlocks(digest, charts: charts, tables: tables, section: section)
        } else if !digest.trends.isEmpty || !digest.derived.isEmpty {
            blocks.append(section("历年趋势与推算"))
            blocks += chartBlocks(.trends)
            if !digest.derived.isEmpty {
                blocks.append(.paragraph("标注“推算”的数值并非原文所载，而是由同一指标的当年水平与同比变化推得，仅供参考。", style: .note))
                blocks.append(.table(tables.derived(shown.limited(digest.derived, to: ReportLimits.tableRows),
                                                    of: digest.derived.count)))
            }
        }
        if !digest.conflicts.isEmpty {
            blocks.append(section("数值不一致"))
            blocks.append(.paragraph("同一主体、同一指标、同一年份在文中出现了不同数值。两者均保留，请核对原文。"))
            blocks.append(.table(tables.conflicts(shown.limited(digest.conflicts, to: ReportLimits.conflictRows),
                                                  of: digest.conflicts.count, valuesEach: shown.valuesPerConflict)))
        }

        blocks.append(.pageBreak)
        blocks.append(.heading(level: 1, text: shown.capped ? "附录一  简报所列数据" : "附录一  全部数据"))
        blocks.append(.paragraph("每项数据均注明来源文件与行号，“原文”为数字所在分句（换行已去除）。" + shown.appendixNote, style: .note))
        let listed = shown.appendixFigures(digest, charts: charts)
        if !listed.isEmpty { blocks.append(.table(tables.appendix(listed, of: digest.figures.count))) }
        var appendix = 1
        func appendixHeading(_ title: String) -> Block {
            appendix += 1
            return .heading(level: 1, text: "附录\(chineseOrdinal(appendix))  \(title)")
        }
        if !crops.crops.isEmpty {
            blocks.append(appendixHeading("原文对照"))
            blocks.append(.paragraph(cropNote(crops), style: .note))
            blocks += crops.crops.map { .sourceCrop($0) }
        }
        if digest.reports.isEmpty {
            blocks.append(appendixHeading("方法与局限"))
            blocks += MethodNote.paragraphs.map { .paragraph($0) }
        } else {
            blocks.append(appendixHeading("报告与指标的合并"))
            blocks += joinBlocks(digest)
            blocks.append(appendixHeading("方法与局限"))
            blocks += (MethodNote.paragraphs + [MethodNote.series]).map { .paragraph($0) }
        }

        return DocumentSpec(
            metadata: DocumentMetadata(title: options.title, author: options.author,
                                       subject: "从\(sources.count)份报告文本中提取的环境与生产数据",
                                       keywords: ["简报", "环境", "生产", "同比"] + digest.categories.map(\.title),
                                       creator: "Briefing", date: options.resolvedDate),
            blocks: blocks, runningHeader: options.title, pageNumbers: .chinese)
    }

    /// What the source crops show, and what they leave out.
    static func cropNote(_ crops: SourceCrops.Plan) -> String {
        var note = "PDF原件中数据所在位置的截取（由原页直接绘制）：黄色标记为提取的数字，编号对应截图下方的提取结果（主体、指标与数值），可逐项对照原文。"
        if crops.beyondLimit > 0 {
            note += "截取最多\(ReportLimits.sourceCrops)处，其余\(crops.beyondLimit)项数据未附截图，其页码与位置（page、box）见 figures.csv / figures.json。"
        }
        return note
    }

    static func headlineTiles(_ digest: Digest) -> [KPITile] {
        [
            KPITile(label: "提取数据", value: "\(digest.figures.count)", unit: "项", note: "来自\(digest.sources.count)份材料"),
            KPITile(label: "改善", value: "\(digest.counts.improvements)", unit: "项", note: "变化中向好的指标", tone: .improved),
            KPITile(label: "恶化", value: "\(digest.counts.worsenings)", unit: "项", note: "变化中变差的指标", tone: .worsened),
            KPITile(label: "水平与目标", value: "\(digest.counts.levels + digest.counts.targets)", unit: "项",
                    note: "水平\(digest.counts.levels)项、目标\(digest.counts.targets)项"),
        ]
    }

    static func sourceList(_ names: [String]) -> String {
        names.count <= 3 ? names.joined(separator: "、") : names.prefix(3).joined(separator: "、") + "等\(names.count)份"
    }

    static func chineseOrdinal(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n < 10 { return digits[n] }
        if n == 10 { return "十" }
        if n < 20 { return "十" + digits[n - 10] }
        return digits[n / 10] + "十" + digits[n % 10]
    }
}

/// What the extractor reads and what it does not, for the appendix.
enum MethodNote {
    static let paragraphs = [
        "读取：UTF-8（含BOM）、带BOM的UTF-16与GB18030/GBK文本；全角数字与标点转为半角，合并PDF提取造成的断行（句中、数字与单位之间）、竖排标题与重影文字，并保留每个字符到原文行号的映射。",
        "数字：阿拉伯数字与千分位、中文小写与大写数字（含“两”“〇”“点”）、万/亿等量级、分数（三分之一）、百分之、成；百分比与“百分点”始终区分；“约”“以上”“余”“不足”等限定语照录。年份、日期、标准号、电话号码与“十四五”等不视为数据。",
        "数据：变化（同比、环比、较基期的上升或下降，动词在指标前后均可）、水平（达到、为、占全国比重等）与目标（力争、确保、目标等提示词）。“分别”引导的并列指标按顺序配对，数量不符时不输出并给出警告。主体取自句中机构名、【栏目】标题、“该公司”所指机构或行业词；年份取自分句、句子、段落或标题。",
        "分类与改善判断依据可审阅的关键词表：排放、能耗类下降为改善，利用率、产量类上升为改善；无法判断时不着色。",
        "局限：不读取表格与图片中的数字；不推断文中未明说的基准或年份（缺失时显示“—”）；跨段落的指代与复杂从句可能归属不准，请以原文为准。推算值仅在文中同时给出当年水平与同比变化时计算，并明确标注。",
        ]

    /// How several reports are joined, for briefings of more than one.
    static let series = "多份报告：按各报告标题所载的年份与月份排序；文中未写主体的数据归于标题所指的城市、省份或企业，同一主体、同一指标（同义写法按对照表合并）的各期数值组成系列；同一期有多份报告所载数值时，取该期本身的报告，其次取较新的报告。核算检查只在原文写出的位数的舍入范围内判断一致，带“约”“以上”等限定语的数值不参与核对；文本未读到的表格数据不在其中。"
}
