import BriefingAnalysis
import BriefingRender
import BriefingReport
import Foundation

/// One render fuzz case: bytes ─► figures with hostile texts and values ─► digest ─► the
/// briefing's charts and document (ChartPlan, BriefingDocument) ─► PDF and PNG, plus a chart
/// spec of raw values straight through the chart builders.
///
/// The bytes are read as a small program: each figure takes a few bytes for its kind, category,
/// direction, unit and value, and a piece of text (the next bytes up to a 0xFF, as UTF-8, mixed
/// with awkward characters: controls, emoji, CJK Extension B, Tibetan, right-to-left, combining
/// marks). The property: the briefing is always written — `writePDF` and every drawable chart
/// succeed, and a chart that is left out says why. Shared by `Fuzz/harness-render.swift` and
/// `RenderFuzzRegressionTests` (a symbolic link), which replays every kept input.
enum RenderFuzzCase {
    static let awkward: [String] = [
        "\u{1B}[31m", "\u{7}", "\u{0}", "\u{7F}", "\u{85}", "😀", "👨‍👩‍👧", "🇨🇳", "𪚥", "ཀཁག", "ᠮᠣᠩᠭᠣᠯ", "ꀀꀁ",
        "\u{202E}abc", "مرحبا", "e\u{301}\u{302}\u{303}", "\u{FE0F}", "\u{200B}", "\u{E000}", "\u{0378}", "\u{10FFFD}",
        String(repeating: "长", count: 300), String(repeating: "W", count: 200), "", " ", "\n\n", "\t",
        "1,234,567,890,123,456,789,012,345,678,901,234,567,890",
    ]
    static let units = ["%", "百分点", "万吨", "吨", "亿千瓦时", "兆瓦", "吨标煤/吨铝", "", "立方米", "😀"]
    static let values: [Decimal] = [
        0, 1, -1, Decimal(string: "0.00000000001")!, Decimal(string: "1e89")!, Decimal(string: "-1e89")!, 100, 99.99,
        Decimal(string: "123456789012345678901234567890")!, Decimal(string: "1e-89")!, 4.76, 12.43, 1_000_000,
    ]

    /// Runs the case, the PDF written to `pdf` and the charts to /dev/null; traps (a crash for
    /// libFuzzer) when the briefing cannot be written.
    static func run(_ bytes: [UInt8], pdf: URL = URL(fileURLWithPath: "/dev/null")) {
        let output = URL(fileURLWithPath: "/dev/null")
        var reader = Reader(bytes: bytes)
        var figures: [Figure] = []
        let files = ["a.txt", "b\u{1B}c.txt", "𪚥.txt"]
        while !reader.atEnd, figures.count < 40 {
            let kind = Figure.Kind.allCases[Int(reader.byte()) % 3]
            let category = Figure.Category.allCases[Int(reader.byte()) % 6]
            let d = reader.byte() % 3
            let direction: Figure.Direction? = d == 0 ? nil : d == 1 ? .up : .down
            let unit = units[Int(reader.byte()) % units.count]
            let value = reader.value()
            let metric = reader.text() + "排放量"
            let s = reader.byte()
            let subject: String? = s % 4 == 0 ? nil : reader.text()
            let year: Int? = s % 3 == 0 ? nil : 1990 + Int(s % 40)
            let improved: Bool? = s % 5 == 0 ? nil : s % 2 == 0
            figures.append(Figure(kind: kind, subject: subject, metric: metric, direction: kind == .change ? direction : nil,
                                  value: value, unit: unit, baseValue: value, baseUnit: unit, qualifier: nil,
                                  basis: kind == .change ? .yoy : nil, year: year, period: nil, category: category,
                                  improved: kind == .change ? improved : nil, quote: reader.text(),
                                  file: files[Int(s) % files.count], line: 1 + Int(s)))
        }
        let digest = Aggregator.digest(figures, sources: files)
        let writer = ReportWriter(options: ReportOptions(title: "简报" + reader.text(), date: Date(timeIntervalSince1970: 1_750_000_000)))
        var notes = ReportArtifacts()
        do {
            let result = try writer.writePDF(digest, to: pdf, notes: &notes)
            precondition(result.pageCount >= 1)
        } catch {
            preconditionFailure("the briefing was not written: \(error)")
        }
        let (charts, omitted) = ReportWriter.drawableCharts(for: digest)
        precondition(omitted.allSatisfy { !$0.reason.isEmpty })
        let renderer = ChartRenderer()
        for chart in charts.prefix(3) {
            do { try renderer.writePNG(chart.spec, size: (ReportWriter.chartWidth, 0), scale: 1, to: output) }
            catch { preconditionFailure("chart \(chart.name) was drawable but not written: \(error)") }
        }
        // Raw values straight into the chart builders: an error is fine, a crash is not.
        let rows = figures.prefix(12).map { f in
            BarRow(label: f.metric, value: Double(truncating: f.value as NSDecimalNumber) * (reader.byte() % 2 == 0 ? 1 : -1),
                   valueLabel: f.subject ?? "", tone: .neutral, marker: nil)
        }
        let raw = ChartSpec.divergingBars(title: reader.text(), unit: reader.text(), source: reader.text(), rows: rows)
        _ = try? renderer.writePNG(raw, size: (Double(120 + Int(reader.byte()) * 2), 0), scale: 1, to: output)
    }

    /// Reads the input bytes as choices and texts; past the end every read gives zeros and "".
    struct Reader {
        let bytes: [UInt8]
        var i = 0
        var atEnd: Bool { i >= bytes.count }

        mutating func byte() -> UInt8 {
            guard i < bytes.count else { return 0 }
            defer { i += 1 }
            return bytes[i]
        }

        mutating func value() -> Decimal {
            let b = byte()
            if b < 128 { return RenderFuzzCase.values[Int(b) % RenderFuzzCase.values.count] }
            return Decimal(Int(b) - 200) / Decimal(Int(byte()) + 1)
        }

        /// The bytes up to the next 0xFF as UTF-8 (lossy), with an awkward piece when the first
        /// byte says so.
        mutating func text() -> String {
            var piece: [UInt8] = []
            while i < bytes.count, bytes[i] != 0xFF, piece.count < 400 { piece.append(bytes[i]); i += 1 }
            if i < bytes.count { i += 1 }
            let text = String(decoding: piece, as: UTF8.self)
            guard let first = piece.first, first < 0x20 else { return text }
            return RenderFuzzCase.awkward[Int(first) % RenderFuzzCase.awkward.count] + text
        }
    }
}
