// bench-render: times BriefingRender on a 10-page PDF with 8 charts plus the same 8 charts as 2× PNG.
// Usage: bench-render [OUTPUT_DIR]   (default: a fresh folder under the temporary directory)
// Prints wall time per stage and peak memory (VmHWM from /proc/self/status). Not a test.
import BriefingRender
import Foundation

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// User + system CPU time of the process so far (robust when other jobs share the cores).
func cpuTime() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func peakMemory() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "n/a" }
    return status.split(separator: "\n").first { $0.hasPrefix("VmHWM") }.map { $0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces) } ?? "n/a"
}

let paragraph = "2022年，集团公司深入贯彻新发展理念，坚持生态优先、绿色发展，全年二氧化硫排放量同比下降19%以上，氮氧化物排放量同比下降4.76%，化学需氧量排放强度较2019年下降23.4%。连城分公司实施电解槽节能改造，吨铝直流电耗降至12760千瓦时，光伏装机容量达到526兆瓦，年发电量约10.52亿千瓦时，相当于减少二氧化碳排放8.2万吨。"

func bars(_ n: Int) -> [BarRow] {
    (0..<n).map { i in
        let v = Double((i * 37) % 41) - 22.5
        return BarRow(label: ["二氧化硫排放量", "氮氧化物排放量", "颗粒物排放量", "综合能耗", "新水消耗量", "铝加工化学需氧量排放强度", "危险废物产生量", "吨铝直流电耗"][i % 8],
                      value: v, valueLabel: (v < 0 ? "−" : "+") + String(format: "%.1f%%", abs(v)),
                      tone: v < 0 ? .improved : .worsened, marker: v < 0 ? .down : .up)
    }
}

let charts: [ChartSpec] = [
    .divergingBars(title: "主要排放指标同比变化", unit: "%（同比）", source: "第12–77行", rows: bars(8)),
    .divergingBars(title: "能耗与资源指标同比变化", unit: "%（同比）", source: "第90–130行", rows: bars(6)),
    .groupedBars(title: "分板块水污染物排放强度变化", unit: "%（较2019年）", source: "第201–214行", rows: [
        GroupedBarRow(category: "铜冶炼", series: "化学需氧量排放强度", value: -23.4, valueLabel: "−23.4%", tone: .improved, marker: .down),
        GroupedBarRow(category: "铜冶炼", series: "氨氮排放强度", value: -12, valueLabel: "−12%", tone: .improved, marker: .down),
        GroupedBarRow(category: "铝加工", series: "化学需氧量排放强度", value: -8.5, valueLabel: "−8.5%", tone: .improved, marker: .down),
        GroupedBarRow(category: "铝加工", series: "氨氮排放强度", value: 3.2, valueLabel: "+3.2%", tone: .worsened, marker: .up),
    ]),
    .kpiTiles(title: "清洁能源与减排", source: "第88–93行", tiles: [
        KPITile(label: "光伏装机容量", value: "526", unit: "兆瓦"),
        KPITile(label: "年发电量", value: "约10.52", unit: "亿千瓦时", note: "+12.3% 同比", tone: .improved, marker: .up),
        KPITile(label: "减排二氧化碳", value: "8.2", unit: "万吨", tone: .improved),
    ]),
    .progressBars(title: "资源综合利用率", source: "第120–131行", rows: [
        ProgressRow(label: "工业用水重复利用率", value: 99, valueLabel: "99%", tone: .improved),
        ProgressRow(label: "一般固废综合利用率", value: 97, valueLabel: "97%以上", tone: .improved),
        ProgressRow(label: "余热回收利用率", value: 70, valueLabel: "70%"),
        ProgressRow(label: "再生铝占比", value: 35, valueLabel: "35%以上"),
        ProgressRow(label: "清洁能源占比", value: 20, valueLabel: "20%", tone: .worsened),
    ]),
    .line(title: "单位产品综合能耗", unit: "千克标准煤/吨", source: "第301–309行", series: [
        LineSeries(name: "电解铝", points: zip(2019...2022, [13200.0, 13050, 12890, 12760]).map { LinePoint(x: "\($0)年", value: $1, valueLabel: String(Int($1))) }),
        LineSeries(name: "氧化铝", points: zip(2019...2022, [9100.0, 9300, 8800, 8650]).map { LinePoint(x: "\($0)年", value: $1, valueLabel: String(Int($1))) }),
    ]),
    .line(title: "二氧化硫排放量", unit: "吨", source: "第310–312行", series: [
        LineSeries(name: "集团", points: zip(2020...2022, [5200.0, 4600, 3720]).map { LinePoint(x: "\($0)年", value: $1, valueLabel: String(Int($1))) }),
    ]),
    .divergingBars(title: "重点企业综合能耗变化", unit: "%（同比）", source: "第400–450行", rows: bars(10)),
]

let out = CommandLine.arguments.count > 1
    ? URL(fileURLWithPath: CommandLine.arguments[1])
    : FileManager.default.temporaryDirectory.appendingPathComponent("bench-render-\(getpid())")

var blocks: [Block] = [.tableOfContents(title: "目录"), .pageBreak]
for (i, chart) in charts.enumerated() {
    blocks.append(.heading(level: 1, text: "第\(i + 1)部分 \(chart.title)"))
    blocks.append(.paragraph(paragraph + paragraph))
    blocks.append(.chart(chart))
    if i % 2 == 1 { blocks.append(.heading(level: 2, text: "说明")); blocks.append(.paragraph(paragraph)) }
}
blocks.append(.heading(level: 1, text: "附表"))
blocks.append(.table(TableSpec(
    columns: [TableColumn("序号", width: 0.6, alignment: .right), TableColumn("单位", width: 2), TableColumn("指标", width: 2.6), TableColumn("变化", width: 1.2, alignment: .right)],
    rows: (1...60).map { ["\($0)", "第\($0)分公司", "氮氧化物排放量（同比）", "−\($0 % 9 + 1).25%"] },
    caption: "表1 各单位主要排放指标变化", unit: "%", sourceNote: "第400–480行")))
let doc = DocumentSpec(metadata: DocumentMetadata(title: "环境绩效简报（基准测试）", author: "bench-render", subject: "基准",
                                                  keywords: ["基准"], date: Date(timeIntervalSince1970: 1_700_000_000)),
                       blocks: blocks)

do {
    let cpuStart = cpuTime()
    let start = now()
    if ProcessInfo.processInfo.environment["BENCH_DETAIL"] != nil {
        _ = try ChartRenderer().naturalHeight(charts[0], width: 480)
        print("  detail: cold start (fontconfig, fonts, first layout) \(String(format: "%.1f", (now() - start) * 1000)) ms")
    }
    let result = try PDFWriter().write(doc, to: out.appendingPathComponent("bench.pdf"))
    let pdfDone = now()
    let renderer = ChartRenderer()
    try renderer.writePNGs(charts.enumerated().map { ($1, out.appendingPathComponent("chart\($0 + 1).png")) },
                           size: (480, 0), scale: 2, background: .white)
    let end = now()
    let cpuEnd = cpuTime()
    if ProcessInfo.processInfo.environment["BENCH_DETAIL"] != nil {
        var t = now()
        for (i, chart) in charts.enumerated() { try renderer.writePNG(chart, size: (480, 0), scale: 2, to: out.appendingPathComponent("again\(i).png")) }
        print("  detail: png again \(String(format: "%.1f", (now() - t) * 1000)) ms"); t = now()
        for chart in charts { _ = try renderer.layout(chart, width: 480) }
        print("  detail: layout only \(String(format: "%.1f", (now() - t) * 1000)) ms"); t = now()
        for chart in charts { _ = try renderer.rasterize(chart, size: (480, 0), scale: 2) }
        print("  detail: layout+raster \(String(format: "%.1f", (now() - t) * 1000)) ms"); t = now()
        _ = try PDFWriter().paginate(doc)
        print("  detail: pdf layout \(String(format: "%.1f", (now() - t) * 1000)) ms"); t = now()
        _ = try PDFWriter().write(DocumentSpec(metadata: DocumentMetadata(title: "小", date: Date(timeIntervalSince1970: 0)), blocks: [.paragraph("一二三")]), to: out.appendingPathComponent("tiny.pdf"))
        print("  detail: tiny pdf (regular font only) \(String(format: "%.1f", (now() - t) * 1000)) ms"); t = now()
        _ = try PDFWriter().write(doc, to: out.appendingPathComponent("again.pdf"))
        print("  detail: full pdf again \(String(format: "%.1f", (now() - t) * 1000)) ms")
    }
    print("output:      \(out.path)")
    print("pdf:         \(result.pageCount) pages, \(charts.count) charts, \(result.outline.count) outline entries: \(String(format: "%.1f", (pdfDone - start) * 1000)) ms")
    print("png (2×):    \(charts.count) charts: \(String(format: "%.1f", (end - pdfDone) * 1000)) ms")
    print("total:       \(String(format: "%.1f", (end - start) * 1000)) ms wall, \(String(format: "%.1f", (cpuEnd - cpuStart) * 1000)) ms CPU (user+sys, all threads)")
    print("peak memory: \(peakMemory()) (VmHWM)")
} catch {
    FileHandle.standardError.write("error: \(error)\n".data(using: .utf8)!)
    exit(1)
}
