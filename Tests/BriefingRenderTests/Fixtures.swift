import Foundation
import BriefingRender

/// Sample charts and documents with Chinese text, shared by the tests.
enum Fixtures {
    static let diverging = ChartSpec.divergingBars(
        title: "主要排放与能耗指标同比变化", unit: "%（同比）", source: "示例报告，第12、35、48、77行",
        rows: [
            BarRow(label: "二氧化硫排放量", value: -19, valueLabel: "−19%以上", tone: .improved, marker: .down),
            BarRow(label: "氮氧化物排放量", value: -4.76, valueLabel: "−4.76%", tone: .improved, marker: .down),
            BarRow(label: "综合能耗", value: 2.69, valueLabel: "+2.69%", tone: .worsened, marker: .up),
            BarRow(label: "铝加工化学需氧量排放强度", value: -31.5, valueLabel: "−31.5%", tone: .improved, marker: .down),
            BarRow(label: "新水消耗量", value: 6.1, valueLabel: "+6.1%", tone: .worsened, marker: .up),
            BarRow(label: "危险废物产生量", value: 0.8, valueLabel: "约+0.8%", tone: .neutral, marker: .up),
        ])

    static let grouped = ChartSpec.groupedBars(
        title: "分板块水污染物排放强度变化", unit: "%（较2019年）", source: "示例报告，第201–214行",
        rows: [
            GroupedBarRow(category: "铜冶炼", series: "化学需氧量排放强度", value: -23.4, valueLabel: "−23.4%", tone: .improved, marker: .down),
            GroupedBarRow(category: "铜冶炼", series: "氨氮排放强度", value: -12.0, valueLabel: "−12%", tone: .improved, marker: .down),
            GroupedBarRow(category: "铝加工", series: "化学需氧量排放强度", value: -8.5, valueLabel: "−8.5%", tone: .improved, marker: .down),
            GroupedBarRow(category: "铝加工", series: "氨氮排放强度", value: 3.2, valueLabel: "+3.2%", tone: .worsened, marker: .up),
        ])

    static let tiles = ChartSpec.kpiTiles(
        title: "清洁能源与资源利用", source: "示例报告，第88、90、93行",
        tiles: [
            KPITile(label: "光伏装机容量", value: "526", unit: "兆瓦"),
            KPITile(label: "年发电量", value: "约10.52", unit: "亿千瓦时", note: "+12.3% 同比", tone: .improved, marker: .up),
            KPITile(label: "减排二氧化碳", value: "8.2", unit: "万吨", tone: .improved),
            KPITile(label: "赤泥综合利用量", value: "126.5", unit: "万吨", note: "−3.1% 同比", tone: .worsened, marker: .down),
        ])

    static let progress = ChartSpec.progressBars(
        title: "资源综合利用率与目标", source: "示例报告，第120–131行",
        rows: [
            ProgressRow(label: "工业用水重复利用率", value: 99, valueLabel: "99%", tone: .improved),
            ProgressRow(label: "一般固废综合利用率", value: 97, valueLabel: "97%以上", tone: .improved),
            ProgressRow(label: "余热回收利用率", value: 70, valueLabel: "70%"),
            ProgressRow(label: "再生铝占比", value: 35, valueLabel: "35%以上"),
            ProgressRow(label: "清洁能源占比", value: 20, valueLabel: "20%", tone: .worsened),
        ])

    static let line = ChartSpec.line(
        title: "单位产品综合能耗", unit: "千克标准煤/吨", source: "示例报告，第301、305、309行",
        series: [
            LineSeries(name: "电解铝", points: [
                LinePoint(x: "2019年", value: 13_200, valueLabel: "13200"),
                LinePoint(x: "2020年", value: 13_050, valueLabel: "13050"),
                LinePoint(x: "2021年", value: 12_890, valueLabel: "12890"),
                LinePoint(x: "2022年", value: 12_760, valueLabel: "12760"),
            ]),
            LineSeries(name: "氧化铝", points: [
                LinePoint(x: "2019年", value: 9_100, valueLabel: "9100"),
                LinePoint(x: "2020年", value: 9_300, valueLabel: "9300"),
                LinePoint(x: "2021年", value: 8_800, valueLabel: "8800"),
                LinePoint(x: "2022年", value: 8_650, valueLabel: "8650"),
            ]),
        ])

    static let allCharts: [ChartSpec] = [diverging, grouped, tiles, progress, line]

    static func tempDir(_ name: String = #function) -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-render-tests/\(safe)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Fixtures {
    static let paragraph = "2022年，集团公司深入贯彻新发展理念，坚持生态优先、绿色发展，全年二氧化硫排放量同比下降19%以上，氮氧化物排放量同比下降4.76%，化学需氧量排放强度较2019年下降23.4%。连城分公司通过实施电解槽节能改造，吨铝直流电耗降至12760千瓦时，光伏装机容量达到526兆瓦，年发电量约10.52亿千瓦时，相当于减少二氧化碳排放8.2万吨。"

    static let date = Date(timeIntervalSince1970: 1_700_000_000)

    static func longTable(rows: Int) -> TableSpec {
        TableSpec(
            columns: [TableColumn("序号", width: 0.6, alignment: .right), TableColumn("单位", width: 2),
                      TableColumn("指标", width: 2.6), TableColumn("变化", width: 1.2, alignment: .right)],
            rows: (1...rows).map { i in ["\(i)", "第\(i)分公司", "氮氧化物排放量（同比）", i % 3 == 0 ? "+\(i % 7).5%" : "−\(i % 9 + 1).25%"] },
            caption: "表1 各单位主要排放指标变化", unit: "%", sourceNote: "示例报告，第400–480行")
    }

    static func document(tableRows: Int = 60) -> DocumentSpec {
        var blocks: [Block] = [
            .title("环境绩效简报（示例）", subtitle: "2022年第四季度 · 根据集团报刊整理 · 所有数字均注明出处"),
            .tableOfContents(title: "目录"),
            .pageBreak,
            .heading(level: 1, text: "一、总体情况"),
            .paragraph(paragraph),
            .tiles([KPITile(label: "光伏装机容量", value: "526", unit: "兆瓦"),
                    KPITile(label: "年发电量", value: "约10.52", unit: "亿千瓦时", tone: .improved),
                    KPITile(label: "减排二氧化碳", value: "8.2", unit: "万吨", tone: .improved)], sourceNote: "示例报告，第88–93行"),
            .heading(level: 2, text: "（一）排放指标"),
            .paragraph(paragraph + paragraph),
            .chart(diverging),
            .heading(level: 2, text: "（二）水污染物"),
            .chart(grouped),
            .heading(level: 1, text: "二、资源利用"),
            .chart(progress),
            .paragraph(paragraph, style: .note),
            .chart(line),
            .heading(level: 1, text: "三、分单位明细"),
            .table(longTable(rows: tableRows)),
            .heading(level: 2, text: "（一）说明"),
        ]
        for _ in 0..<4 { blocks.append(.paragraph(paragraph + paragraph + paragraph)) }
        return DocumentSpec(
            metadata: DocumentMetadata(title: "环境绩效简报（示例）", author: "Briefing 测试", subject: "排放与能耗变化",
                                       keywords: ["环境", "排放", "能耗"], creator: "Briefing", date: date),
            blocks: blocks)
    }
}
