import BriefingAnalysis
import BriefingPDF
import BriefingRender
import Foundation
import Testing

/// PDFs drawn with BriefingRender from texts whose figures are known, read back through the
/// PDF ingest and the extractor: the same figures come out, with their page and box.
@Suite struct RoundTripTests {
    static func figures(_ path: String) throws -> (Document, [Figure]) {
        let document = try DocumentLoader.load(path: path)
        return (document, FigureExtractor().extract(from: document).figures)
    }

    static func find(_ figures: [Figure], _ value: String, unit: String, kind: Figure.Kind? = nil) -> Figure? {
        figures.first { $0.value == Decimal(string: value)! && $0.unit == unit && (kind == nil || $0.kind == kind) }
    }

    @Test func columnsAreReadColumnByColumnWithPagesAndBoxes() throws {
        let path = try NewspaperSketch.write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (document, figures) = try Self.figures(path)
        let text = String(decoding: document.original, as: UTF8.self)
        // Column by column: the first column's sentences come before the second's, never interleaved.
        let a = try #require(text.range(of: "二氧化硫排放量1250吨")), b = try #require(text.range(of: "吨铝直流电耗降至12760"))
        let c = try #require(text.range(of: "再生铝产量41.3万吨"))
        #expect(a.upperBound < b.lowerBound && b.upperBound < c.lowerBound)
        #expect(text.contains("同比下降12.5%。"), "a column's lines are joined into one paragraph: \(text)")

        let so2 = try #require(Self.find(figures, "12.5", unit: "%"))
        #expect(so2.kind == .change && so2.direction == .down && so2.metric.contains("二氧化硫排放量"))
        #expect(so2.year == 2023)
        #expect(so2.page == 1)
        let box = try #require(so2.box)
        #expect(box[0] >= NewspaperSketch.margin - 1 && box[0] + box[2] <= NewspaperSketch.margin + NewspaperSketch.columnWidth + 1,
                "the number's box lies in the first column: \(box)")
        #expect(box[1] > 90 && box[1] < 300 && box[3] > 5 && box[3] < 20)

        let power = try #require(Self.find(figures, "10.52", unit: "亿千瓦时"))
        #expect(power.qualifier == .approx && power.page == 1)
        let recycled = try #require(Self.find(figures, "9.7", unit: "%", kind: .change))
        #expect(recycled.metric.contains("再生铝产量") && recycled.direction == .up)
        let rate = try #require(Self.find(figures, "1.5", unit: "百分点"))
        #expect(rate.metric.contains("综合利用率"))
    }

    @Test func verticalTitleIsOneHeadingAndTheLargerHeadlineItsOwnParagraph() throws {
        let path = try NewspaperSketch.write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (document, _) = try Self.figures(path)
        let paragraphs = String(decoding: document.original, as: UTF8.self).components(separatedBy: "\n\n")
        #expect(paragraphs.contains("节能减排"), "the vertical title reads as one heading: \(paragraphs)")
        #expect(paragraphs.contains("某某集团2023年绿色发展报告"), "\(paragraphs)")
    }

    @Test func footersAreDropped() throws {
        let path = try NewspaperSketch.write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (document, figures) = try Self.figures(path)
        let text = String(decoding: document.original, as: UTF8.self)
        #expect(!text.contains("— 1 —") && !text.contains("— 2 —"))
        #expect(!figures.contains { $0.value == 1 || $0.value == 2 }, "no page number became a figure")
    }

    @Test func tableRowsBecomeFiguresWithUnitYearAndPage() throws {
        let path = try NewspaperSketch.write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (_, figures) = try Self.figures(path)
        let level = try #require(Self.find(figures, "302.5", unit: "万吨"), "\(figures.map { "\($0.metric) \($0.value)\($0.unit)" })")
        #expect(level.kind == .level && level.metric.contains("电解铝") && level.year == 2023 && level.page == 2)
        let growth = try #require(figures.first { $0.value == Decimal(string: "3.2")! && $0.unit == "%" })
        #expect(growth.kind == .change && growth.direction == .up && growth.metric.contains("电解铝") && growth.basis == .yoy)
        let fall = try #require(figures.first { $0.value == Decimal(string: "1.4")! && $0.unit == "%" })
        #expect(fall.direction == .down && fall.metric.contains("氧化铝") && fall.page == 2)
        let box = try #require(fall.box)
        #expect(box[0] >= 400 && box[0] < 420, "the box is the cell's: \(box)")
        let energy = try #require(Self.find(figures, "3.1", unit: "%"))
        #expect(energy.page == 2 && energy.direction == .down)
    }
}

/// Four narrow columns whose sentences run on from one column into the next: read column by
/// column, a sentence cut at a column's foot is joined again, and nothing crosses a gutter.
@Suite struct FourColumnTests {
    @Test func sentencesRunOnAcrossColumnsButLinesNeverJoinAcrossGutters() throws {
        let text = "2023年，某某电厂供电煤耗降至298克每千瓦时，同比下降1.6%；脱硫效率达到98.7%。全厂废水回用率为91.2%，比上年提高2.4个百分点。灰渣综合利用量达到46.5万吨，同比增长8.9%。厂区光伏年发电量1860万千瓦时。"
        let scalars = Array(text)
        let width: Double = (595.28 - 122) / 4  // A4 less two 40 pt margins and three 14 pt gutters
        // Cut the text into four parts at fixed character counts (not at sentence ends).
        let per = (scalars.count + 3) / 4
        var page = SketchPDF.Page()
        for c in 0..<4 {
            let part = String(scalars[min(c * per, scalars.count)..<min((c + 1) * per, scalars.count)])
            // Lines of 9 characters each, drawn one by one: the columns' lines align across gutters.
            let chars = Array(part)
            for (k, start) in stride(from: 0, to: chars.count, by: 9).enumerated() {
                page.text(String(chars[start..<min(start + 9, chars.count)]), x: 40 + Double(c) * (width + 14), y: 80 + Double(k) * 16, size: 10.5)
            }
        }
        let path = try NewspaperSketch.write([page])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try DocumentLoader.load(path: path)
        let read = String(decoding: document.original, as: UTF8.self).replacingOccurrences(of: "\n", with: "")
        #expect(read == text, "read: \(read)")
        let figures = FigureExtractor().extract(from: document).figures
        #expect(figures.contains { $0.value == Decimal(string: "2.4")! && $0.unit == "百分点" && $0.metric.contains("废水回用率") })
        #expect(figures.contains { $0.value == Decimal(string: "8.9")! && $0.direction == .up && $0.metric.contains("灰渣综合利用量") })
    }
}
