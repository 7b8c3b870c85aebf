import Foundation
import Testing
@testable import BriefingAnalysis

/// End-to-end checks on the sample newspaper issue in seeds/, and the map back to the original.
@Suite struct IngestSampleTests {
    static let doc: Document = try! Ingest.load(path: IngestTestSupport.samplePath)
    var doc: Document { Self.doc }
    var text: String { IngestTestSupport.string(doc.text) }

    /// Normalized position of the first occurrence of `needle`.
    func position(of needle: String, after context: String = "") -> Int? {
        let t = doc.text, n = Array(needle.unicodeScalars)
        var start = 0
        if !context.isEmpty, let c = position(of: context) { start = c }
        guard t.count >= n.count else { return nil }
        for i in start...(t.count - n.count) where Array(t[i..<(i + n.count)]) == n { return i }
        return nil
    }

    /// `INGEST_DUMP=/tmp/out.txt swift test --filter IngestSampleTests` writes the normalized sample for eyeballing.
    @Test func dumpWhenAsked() throws {
        if let path = ProcessInfo.processInfo.environment["INGEST_DUMP"] {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    @Test func mapPointsToOriginalLines() throws {
        let p476 = try #require(position(of: "4.76%"))
        #expect(doc.line(ofText: p476) == 571)
        let p82 = try #require(position(of: "放8.2万吨"))
        #expect(doc.line(ofText: p82 + 1) == 407)
        #expect(doc.line(ofText: p82) == 407)
        let pLast = try #require(position(of: "吴杨沛琦摄"))
        #expect(doc.line(ofText: pLast) == 1122)
    }

    @Test func originalQuoteDropsLineBreaks() throws {
        let p = try #require(position(of: "同比下降4.76%"))
        #expect(doc.originalQuote(p..<(p + 9)) == "同比下降 4.76%")
        let q = try #require(position(of: "放8.2万吨"))
        #expect(doc.originalQuote(q..<(q + 6)) == "放 8.2 万吨")
        #expect(doc.originalQuote(q..<q) == "")
    }

    @Test func mapIsMonotonicAndConsistent() {
        #expect(doc.originalOffset.count == doc.text.count + 1)
        for i in 1..<doc.originalOffset.count { #expect(doc.originalOffset[i] > doc.originalOffset[i - 1]) }
        #expect(doc.lineStarts.count == 1123)  // the file ends with "\n "
        // Every normalized scalar comes from an original one with the same or a folded value.
        for (i, c) in doc.text.enumerated() {
            let b = Int(doc.originalOffset[i])
            let o = String(decoding: doc.original[b..<(b + utf8Length(leadByte: doc.original[b]))], as: UTF8.self).unicodeScalars.first!
            let folded = o.value >= 0xFF01 && o.value <= 0xFF5E ? o.value - 0xFEE0 : o.value
            let ok = c.value == folded || c == "\n" || c == " "
            if !ok { Issue.record("text[\(i)] = \(c) from original \(o)"); break }
        }
    }

    @Test func sampleParagraphs() {
        let paragraphs = Set(text.split(separator: "\n").map(String.init))
        func has(_ p: String) -> Bool { paragraphs.contains(p) }
        #expect(has("【中铝高端】"))
        #expect(has("东轻:以数智革命点燃﹃新生引擎﹄"))
        #expect(has("□王秀晶"))
        #expect(has("牢记共青团干部初心"))
        #expect(has("中铝集团工会举办2025年班组长综合管理技能培训比武"))
        #expect(has("图为山西物流员工工作场景。张红摄图为云铝文山厂区。夏兴摄"))
        #expect(text.contains("美丽中国中铝先行特别"))
        #expect(text.contains("2024年,中铝集团氮氧化物排放量同比下降4.76%,化学需氧量"))
        #expect(text.contains("2024年赤泥综合利用规模占全国的40%以上,赤泥综合利用率达20%,处于国际领先水平。"))
        #expect(text.contains("仅当年就减少二氧化碳排放8.2万吨,相当于植树造林460万棵"))
        #expect(text.contains("喊出了“高举团旗跟党走、直面市场冲在前”的响亮口号。"))
        #expect(!text.contains("美丽中国美丽中国"))
        #expect(!text.contains("\n\n"))
        #expect(!text.hasPrefix("\n") && !text.hasSuffix("\n"))
    }

    @Test func subjectParagraphFollowsSectionHead() {
        let paragraphs = text.split(separator: "\n").map(String.init)
        let i = paragraphs.firstIndex(of: "【中铝高端】")
        #expect(i != nil)
        if let i { #expect(paragraphs[i + 1].hasPrefix("聚焦减污,大力开展污染治理和提标改造工作,做到“增产不增污”")) }
    }

    @Test func mapThroughCRLFAndFullWidth() throws {
        let src = "第一段结束。\r\n\r\n中铝集团氮氧化物排放量同比下\r\n\r\n降 ４．７６％，化学需氧量下降。\r\n"
        let d = Normalizer.normalize(src, file: "x")
        #expect(IngestTestSupport.string(d.text) == "第一段结束。\n中铝集团氮氧化物排放量同比下降4.76%,化学需氧量下降。")
        let p = try #require(Array(d.text).firstIndex(of: "4"))
        #expect(d.line(ofText: p) == 5)
        #expect(d.line(ofText: p - 1) == 5)  // 降
        #expect(d.line(ofText: p - 2) == 3)  // 下
        #expect(d.originalQuote(p..<(p + 5)) == "４．７６％")
        #expect(d.originalQuote((p - 2)..<(p + 1)) == "下降 ４")
        #expect(d.line(ofText: 0) == 1)
        #expect(d.lineStarts.count == 5)
        #expect(d.line(ofText: d.text.count) == 5)
    }

    @Test func quoteDropsSpacesAroundLineBreaks() {
        let d = Normalizer.normalize("排放量同比下 \n  降 5%。", file: "x")
        #expect(IngestTestSupport.string(d.text) == "排放量同比下降5%。")
        #expect(d.originalQuote(0..<d.text.count) == "排放量同比下降 5%。")
    }

    @Test func crOnlyLineStarts() {
        let d = Normalizer.normalize("甲。\r乙。\r丙。", file: "x")
        #expect(d.lineStarts == [0, 7, 14])  // byte offsets: 甲 and 。 are three bytes each
        #expect(d.line(ofText: 6) == 3)
    }
}
