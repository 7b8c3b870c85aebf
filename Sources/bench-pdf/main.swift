// bench-pdf: times the PDF ingest (Poppler → reading order → Document) and extraction on a
// generated newspaper-like PDF of 100 pages (three columns, a headline, a table, a footer).
// Usage: bench-pdf [--pages N] [--keep] [PDF]   (without PDF: one is drawn in the temporary directory,
// and removed afterwards unless --keep: then it stays for timing `briefing all` on it)
// Reading runs in a child process so its peak memory (VmHWM) is not the drawing's. Not a test.
import BriefingAnalysis
import BriefingPDF
import BriefingRender
import Foundation

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func peakMemory() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "n/a" }
    return status.split(separator: "\n").first { $0.hasPrefix("VmHWM") }.map { $0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces) } ?? "n/a"
}

let sentences = [
    "2023年，集团二氧化硫排放量同比下降12.5%，氮氧化物排放量下降4.8%，综合能耗降至每吨268千克标准煤。",
    "连城分公司实施电解槽节能改造，吨铝直流电耗降至12760千瓦时，光伏装机容量达到526兆瓦，年发电量约10.52亿千瓦时。",
    "全年完成固定资产投资18.6亿元，比上年增长6.2%；再生铝产量41.3万吨，增长9.7%。",
]

/// One page: headline, three columns of body text, a small table, a footer.
func page(_ n: Int) -> SketchPDF.Page {
    var p = SketchPDF.Page()
    p.text("第\(n)期 绿色发展简报", x: 56, y: 40, size: 20, bold: true)
    let width: Double = (595.28 - 148) / 3  // A4 less two 56 pt margins and two 18 pt gutters
    for c in 0..<3 {
        let body = (0..<4).map { sentences[($0 + c + n) % sentences.count] }.joined(separator: "\n")
        p.text(body, x: 56 + Double(c) * (width + 18), y: 90, size: 10.5, width: width)
    }
    p.text("表\(n)：主要产品产量", x: 56, y: 600, size: 10.5)
    p.text("单位：万吨", x: 56, y: 616, size: 9)
    for (k, row) in [("指标", "产量", "比上年增长（%）"), ("电解铝", "\(300 + n).5", "3.2"), ("氧化铝", "\(600 + n).1", "-1.4")].enumerated() {
        let y = 634 + Double(k) * 16
        p.text(row.0, x: 56, y: y, size: 9); p.text(row.1, x: 260, y: y, size: 9); p.text(row.2, x: 400, y: y, size: 9)
    }
    p.text("— \(n) —", x: 280, y: 800, size: 9)
    return p
}

var args = Array(CommandLine.arguments.dropFirst())
var pages = 100
let keep = args.contains("--keep")
args.removeAll { $0 == "--keep" }
if let i = args.firstIndex(of: "--pages"), i + 1 < args.count { pages = Int(args[i + 1]) ?? 100; args.removeSubrange(i...(i + 1)) }

if args.first == "--read", args.count == 2 {
    let t0 = now()
    let document = try DocumentLoader.load(path: args[1])
    let t1 = now()
    let result = FigureExtractor().extract(from: document)
    let t2 = now()
    let onPages = Set(result.figures.compactMap(\.page)).count
    print(String(format: "read %d pages: ingest %.0f ms, extraction %.0f ms, total %.0f ms; %d figures on %d pages; peak memory %@",
                 document.pages?.pageSizes.count ?? 0, (t1 - t0) * 1000, (t2 - t1) * 1000, (t2 - t0) * 1000,
                 result.figures.count, onPages, peakMemory()))
    exit(0)
}

let path: String
if let given = args.first {
    path = given
} else {
    path = NSTemporaryDirectory() + "bench-pdf-\(getpid()).pdf"
    let t = now()
    try SketchPDF(pages: (1...pages).map(page)).write(to: path)
    print(String(format: "drew %d pages in %.0f ms: %@", pages, (now() - t) * 1000, path))
}
fflush(stdout)  // before the child's line
let child = Process()
child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
child.arguments = ["--read", path]
try child.run()
child.waitUntilExit()
if args.isEmpty && !keep { try? FileManager.default.removeItem(atPath: path) }
