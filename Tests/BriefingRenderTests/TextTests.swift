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

    @Test func aMissingGlyphIsAnErrorOrAPlaceholder() throws {
        let unassigned = "排放\u{0378}量"  // U+0378 is unassigned: no font has it
        try RenderLock.run {
            let strict = try TextEngine(glyphPolicy: .error)
            #expect(throws: RenderError.missingGlyphs(text: unassigned, count: 1)) { _ = try strict.box(unassigned, style: .body) }
            let lenient = try TextEngine()
            let box = try lenient.box(unassigned, style: .body)
            #expect(box.layout.lineTexts().joined() == "排放〔U+0378〕量")
            #expect(box.layout.unknownGlyphs == 0)
            #expect(lenient.missingCharacters == [MissingCharacter(scalar: "\u{0378}", text: unassigned)])
        }
    }

    @Test func controlCharactersAreShownEscaped() throws {
        try RenderLock.run {
            let engine = try TextEngine()
            let box = try engine.box("a\u{1B}[31mb\u{7}", style: .body)
            #expect(box.layout.lineTexts().joined() == "a〔U+001B〕[31mb〔U+0007〕")
            #expect(box.layout.unknownGlyphs == 0)
            #expect(engine.missingCharacters.map(\.scalar) == ["\u{1B}", "\u{7}"])
            #expect(engine.missingCharacters.allSatisfy { $0.isControl })
            let run = try engine.box("a" + String(repeating: "\u{0}", count: 400) + "b", style: .body)
            #expect(run.layout.lineTexts().joined() == "a〔U+0000×400〕b", "a run of one control is one mark")
        }
    }

    /// Scripts Noto CJK lacks come through fontconfig's fallback (fonts-noto-core): no placeholder.
    @Test(.enabled(if: fontconfigHas(0x0F40), "no font for Tibetan; install fonts-noto-core"))
    func otherScriptsFallBackToOtherFonts() throws {
        try RenderLock.run {
            let engine = try TextEngine()
            for text in ["藏文ཀཁག", "蒙古文ᠮᠣᠩᠭᠣᠯ", "彝文ꀀꀁ"] {
                let box = try engine.box(text, style: .body)
                #expect(box.layout.lineTexts().joined() == text)
            }
            #expect(engine.missingCharacters.isEmpty)
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

/// Whether fontconfig knows a font with a glyph for `codePoint` (`fc-list :charset=HEX`).
func fontconfigHas(_ codePoint: UInt32) -> Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["fc-list", ":charset=\(String(codePoint, radix: 16))", "family"]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return p.terminationStatus == 0 && !data.isEmpty
}
