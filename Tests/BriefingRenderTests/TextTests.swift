import Foundation
import Testing
@testable import BriefingRender

@Suite struct TextTests {
    @Test func chineseLabelsHaveNoUnknownGlyphs() throws {
        try RenderLock.run {
            let engine = try TextEngine()
            let labels = try Fixtures.allCharts.flatMap { c -> [String] in
                let layout = try ChartLayout(c, width: 480, text: engine)
                return layout.texts.map(\.text)
            } + [Fixtures.paragraph, "第 1 页 / 共 7 页", "▲ +2.69个百分点", "▼ −4.76%", "约10.52亿千瓦时", "（续下页）"]
            for label in labels {
                #expect(engine.unknownGlyphs(label) == 0, "\(label)")
                #expect(engine.unknownGlyphs(label, style: TextStyle.body.with(bold: true)) == 0, "\(label)")
            }
        }
    }

    @Test func aMissingGlyphIsAnErrorOrAWarning() throws {
        let unassigned = "排放\u{0378}量"  // U+0378 is unassigned: no font has it
        try RenderLock.run {
            let strict = try TextEngine()
            #expect(throws: RenderError.missingGlyphs(text: unassigned, count: 1)) { _ = try strict.box(unassigned, style: .body) }
            let lenient = try TextEngine(glyphPolicy: .warn)
            _ = try lenient.box(unassigned, style: .body)
            #expect(lenient.warnings.count == 1)
            #expect(lenient.warnings[0].contains(BriefingRenderModule.fontPackage))
        }
    }

    @Test func wrappingKeepsNumbersWhole() throws {
        try RenderLock.run {
            let engine = try TextEngine()
            let box = try engine.box("指标下降12.3%以上，指标下降12.3%以上，指标下降12.3%以上", style: .body, width: 120)
            #expect(box.lineCount > 1)
            let lines = box.layout.lineTexts()
            #expect(lines.joined() == "指标下降12.3%以上，指标下降12.3%以上，指标下降12.3%以上")
            #expect(!lines.contains { $0.hasPrefix(".") || $0.hasPrefix("3%") || $0.hasPrefix("%") })
        }
    }

    @Test func ellipsizedLabelsRespectTheLineLimit() throws {
        try RenderLock.run {
            let engine = try TextEngine()
            let long = String(repeating: "铝加工化学需氧量排放强度", count: 6)
            let box = try engine.box(long, style: .body, width: 100, maxLines: 2)
            #expect(box.lineCount == 2 && box.ellipsized)
            #expect(box.width <= 100.01)
        }
    }

    @Test func aMissingFamilyIsDetectedNotSilentlySubstituted() {
        RenderLock.run {
            let map = PangoFontMapRef.shared
            let context = PangoContextRef(fontMap: map)
            #expect(map.resolvedFamily("Noto Sans CJK SC", context: context) == "Noto Sans CJK SC")
            #expect(map.resolvedFamily("No Such Family 42", context: context) != "No Such Family 42")
        }
    }

    @Test func missingFontMessageNamesThePackage() {
        let e = RenderError.fontMissing(family: "Noto Sans CJK SC", package: "fonts-noto-cjk")
        #expect(e.description.contains("apt-get install fonts-noto-cjk"))
    }

    @Test func tagNestingIsValidated() throws {
        var tags = TagStack()
        tags.begin("Document"); tags.begin("P")
        #expect(throws: RenderError.self) { try tags.end("Document") }
        try tags.end("P")
        #expect(throws: RenderError.self) { try tags.finish() }
        try tags.end("Document")
        try tags.finish()
    }
}
