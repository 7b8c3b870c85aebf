import BriefingRender
import Foundation

/// Newspaper-like PDFs drawn with our own renderer from texts whose figures are known: a
/// headline in a larger font across the top, a title printed one character per line, three
/// columns of body text, a table with caption, unit line and header, and a page footer.
enum NewspaperSketch {
    static let margin = 56.0, gutter = 18.0, body = 10.5
    static var columnWidth: Double { (595.28 - 2 * margin - 2 * gutter) / 3 }

    /// The three columns' texts on page 1 (paragraphs separated by "\n").
    static let columns = [
        "2023年，某某集团深入推进节能降碳，全年二氧化硫排放量1250吨，同比下降12.5%。\n氮氧化物排放量同比下降4.8%，废水排放量减少到每日3600立方米。",
        "连城分公司实施电解槽节能改造，吨铝直流电耗降至12760千瓦时。光伏装机容量达到526兆瓦，年发电量约10.52亿千瓦时，相当于减少二氧化碳排放8.2万吨。",
        "再生铝产量41.3万吨，比上年增长9.7%。固体废物综合利用率达到92.6%，比上年提高1.5个百分点。",
    ]

    /// Page 1: headline, vertical title left of the columns, three columns, footer "— 1 —".
    /// Page 2: a table (caption, unit line, header, rows) and a paragraph, footer "— 2 —".
    static func pages() -> [SketchPDF.Page] {
        var p1 = SketchPDF.Page()
        p1.text("某某集团2023年绿色发展报告", x: margin, y: 40, size: 20, bold: true)
        for (k, ch) in "节能减排".enumerated() {
            p1.text(String(ch), x: margin - 30, y: 100 + Double(k) * 20, size: 16, bold: true)
        }
        for (c, text) in columns.enumerated() {
            p1.text(text, x: margin + Double(c) * (columnWidth + gutter), y: 90, size: body, width: columnWidth)
        }
        p1.text("— 1 —", x: 280, y: 800, size: 9)

        var p2 = SketchPDF.Page()
        p2.text("表1：2023年主要产品产量及其增长速度", x: 150, y: 60, size: body)
        p2.text("单位：万吨", x: margin, y: 80, size: 9)
        let rows = [("产品名称", "产量", "比上年增长（%）"), ("电解铝", "302.5", "3.2"), ("氧化铝", "611.8", "-1.4"), ("再生铝合金", "41.3", "9.7")]
        for (k, row) in rows.enumerated() {
            let y = 100 + Double(k) * 18
            p2.text(row.0, x: margin, y: y, size: body)
            p2.text(row.1, x: 260, y: y, size: body)
            p2.text(row.2, x: 400, y: y, size: body)
        }
        p2.text("全年综合能耗下降3.1%，万元产值能耗为0.42吨标准煤。", x: margin, y: 200, size: body, width: 480)
        p2.text("— 2 —", x: 280, y: 800, size: 9)
        return [p1, p2]
    }

    /// Writes the sketch to a fresh temporary file and returns its path.
    static func write(_ pages: [SketchPDF.Page] = pages()) throws -> String {
        let path = NSTemporaryDirectory() + "briefing-sketch-\(UUID().uuidString).pdf"
        try SketchPDF(pages: pages).write(to: path)
        return path
    }
}
