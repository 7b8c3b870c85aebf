import BriefingAnalysis
import BriefingReport
import Foundation
import Testing

@Suite struct SummaryColorTests {
    static let blue = "\u{1B}[38;2;0;114;178m"
    static let vermilion = "\u{1B}[38;2;213;94;0m"
    static let grey = "\u{1B}[38;2;153;153;153m"

    @Test(arguments: SummaryFormat.allCases)
    func noEscapeCodesWhenColourIsOff(format: SummaryFormat) {
        for digest in [SummaryFixtures.sample, SummaryFixtures.mixed, SummaryFixtures.emptyDigest] {
            let out = Summary.render(digest, format: format, options: SummaryOptions(color: false, width: 100))
            #expect(!SummaryFixtures.hasEscape(out))
        }
    }

    @Test func improvedIsBlueWorsenedVermilionUnknownGrey() throws {
        let out = Summary.render(SummaryFixtures.mixed, format: .text, options: SummaryOptions(color: true, width: 100))
        #expect(SummaryFixtures.hasEscape(out))
        let lines = out.components(separatedBy: "\n")
        func row(_ metric: String) throws -> String { try #require(lines.first { $0.contains(metric) && $0.contains("a.txt") }) }
        #expect(try row("氨氮排放量").contains(Self.blue + "▼"))
        #expect(try row("能耗").contains(Self.vermilion + "▲"))
        #expect(try row("人员").contains(Self.grey))
        // Levels and targets are neither better nor worse.
        #expect(try !row("固体废物合规处置率").contains(Self.blue))
        #expect(try !row("固体废物合规处置率").contains(Self.vermilion))
        // Never red or green (basic, bright or 256-colour).
        for code in ["\u{1B}[31m", "\u{1B}[32m", "\u{1B}[91m", "\u{1B}[92m", "\u{1B}[38;5;1m", "\u{1B}[38;5;2m"] {
            #expect(!out.contains(code))
        }
        // Every colour is reset on the line it starts.
        for line in lines where line.contains("\u{1B}[38") { #expect(line.hasSuffix("\u{1B}[0m") || line.contains("\u{1B}[0m")) }
    }

    @Test func colourDoesNotChangeTheTextOnceEscapesAreRemoved() {
        let options = SummaryOptions(color: true, width: 100)
        let coloured = Summary.render(SummaryFixtures.sample, format: .text, options: options)
        let plain = Summary.render(SummaryFixtures.sample, format: .text, options: SummaryOptions(color: false, width: 100))
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain)
    }

    @Test func markdownAndJSONAreNeverColoured() {
        for format in [SummaryFormat.markdown, .json] {
            let out = Summary.render(SummaryFixtures.mixed, format: format, options: SummaryOptions(color: true))
            #expect(!SummaryFixtures.hasEscape(out))
        }
    }

    @Test func shouldColorOnlyOnATerminalWithoutNoColor() {
        #expect(Summary.shouldColor(isTTY: true, environment: [:]))
        #expect(Summary.shouldColor(isTTY: true, environment: ["NO_COLOR": ""]))
        #expect(Summary.shouldColor(isTTY: true, environment: ["TERM": "xterm"]))
        #expect(!Summary.shouldColor(isTTY: true, environment: ["NO_COLOR": "1"]))
        #expect(!Summary.shouldColor(isTTY: true, environment: ["NO_COLOR": "0"]))
        #expect(!Summary.shouldColor(isTTY: false, environment: [:]))
        #expect(!Summary.shouldColor(isTTY: false, environment: ["NO_COLOR": ""]))
        #expect(!Summary.shouldColor(isTTY: false, environment: ["NO_COLOR": "1"]))
    }
}
