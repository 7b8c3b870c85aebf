import Foundation
import Testing

/// Extraction measured on real public texts nobody on the team wrote: the dev corpus in
/// `../shared/dev-corpus` (official statistical communiqués with hand-made gold), scored by
/// `../shared/tools/score_figures.py` against the built binary. The texts belong to their
/// publishers and never enter the repository: the suite is skipped when the corpus is absent.
///
/// The floors are what the extractor reaches now (README, "Measured on real texts"); a change
/// that slides below one fails here.
@Suite struct DevCorpusTests {
    static let shared: URL? = {
        let candidates = [CLI.root.appendingPathComponent("../shared"), CLI.root.appendingPathComponent("shared")]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("dev-corpus/gold").path)
            && FileManager.default.fileExists(atPath: $0.appendingPathComponent("tools/score_figures.py").path) }
    }()

    struct Score {
        var recall = 0.0, precision = 0.0, attribution = 0.0
    }

    /// Runs the scorer and reads its `overall:` line.
    static func score(_ extra: [String] = []) throws -> Score {
        let shared = try #require(Self.shared)
        let command = "'\(CLI.binary.path)' extract {} --format json --kind all"
        let result = try #require(CLI.tool("python3", [shared.appendingPathComponent("tools/score_figures.py").path, command,
                                                       "--dir", shared.appendingPathComponent("dev-corpus").path] + extra),
                                  "python3 is needed to score the dev corpus")
        let line = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("overall:") }, "scorer said: \(result.output)")
        func number(after label: String) -> Double {
            guard let r = line.range(of: label + " ") else { return -1 }
            return Double(line[r.upperBound...].prefix { $0.isNumber || $0 == "." }) ?? -1
        }
        print("dev corpus: \(line)")
        return Score(recall: number(after: "recall"), precision: number(after: "precision"), attribution: number(after: "attribution"))
    }

    @Test(.enabled(if: shared != nil, "../shared/dev-corpus not found beside the package"))
    func recallPrecisionAndAttributionHoldOnRealCommuniques() throws {
        let s = try Self.score()
        #expect(s.recall >= 0.94, "found recall \(s.recall)")
        #expect(s.precision >= 0.94, "precision \(s.precision)")
        #expect(s.attribution >= 0.96, "attribution (kind, subject, year among found) \(s.attribution)")
    }

    @Test(.enabled(if: shared != nil, "../shared/dev-corpus not found beside the package"))
    func everyTopicHoldsUp() throws {
        // With every topic counted (education, health, culture…) the same rules must hold up.
        let s = try Self.score(["--all-topics"])
        #expect(s.recall >= 0.875, "all-topics recall \(s.recall)")
        #expect(s.attribution >= 0.93, "all-topics attribution \(s.attribution)")
    }
}

/// The dev corpus's PDF read directly (not its `pdftotext` text) scored against the same gold:
/// the PDF route must reach at least the text route's recall and attribution, and read its
/// tables (scored with `--tables`). The scorer runs on a temporary corpus whose text entry
/// stands for the PDF. Skipped when the corpus or its PDF is absent.
@Suite struct DevCorpusPDFTests {
    static let name = "chengdu-2021-tjgb"
    static let pdf: URL? = DevCorpusTests.shared.map { $0.appendingPathComponent("dev-corpus/pdf/\(name).pdf") }
        .flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }

    /// Scores one route (`pdf` or the text) on the one document with its gold.
    static func score(pdf usePDF: Bool, _ extra: [String] = []) throws -> DevCorpusTests.Score {
        let shared = try #require(DevCorpusTests.shared), pdf = try #require(Self.pdf)
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefing-devpdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        for sub in ["gold", "texts"] { try FileManager.default.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true) }
        try FileManager.default.copyItem(at: shared.appendingPathComponent("dev-corpus/gold/\(name).json"), to: dir.appendingPathComponent("gold/\(name).json"))
        try FileManager.default.copyItem(at: shared.appendingPathComponent("dev-corpus/texts/\(name).txt"), to: dir.appendingPathComponent("texts/\(name).txt"))
        let input = usePDF ? "'\(pdf.path)'" : "{}"
        let command = "'\(CLI.binary.path)' extract \(input) --format json --kind all 2>/dev/null"
        let result = try #require(CLI.tool("python3", [shared.appendingPathComponent("tools/score_figures.py").path, command,
                                                       "--dir", dir.path] + extra), "python3 is needed to score the dev corpus")
        let line = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("overall:") }, "scorer said: \(result.output)")
        func number(after label: String) -> Double {
            guard let r = line.range(of: label + " ") else { return -1 }
            return Double(line[r.upperBound...].prefix { $0.isNumber || $0 == "." }) ?? -1
        }
        print("dev corpus \(usePDF ? "PDF" : "text") \(extra.joined(separator: " ")): \(line)")
        return .init(recall: number(after: "recall"), precision: number(after: "precision"), attribution: number(after: "attribution"))
    }

    @Test(.enabled(if: pdf != nil, "../shared/dev-corpus/pdf not found beside the package"))
    func thePDFRouteReachesTheTextRoute() throws {
        let text = try Self.score(pdf: false), pdf = try Self.score(pdf: true)
        #expect(pdf.recall >= text.recall, "PDF recall \(pdf.recall) vs text \(text.recall)")
        #expect(pdf.attribution >= text.attribution, "PDF attribution \(pdf.attribution) vs text \(text.attribution)")
        #expect(pdf.precision >= 0.89, "PDF precision \(pdf.precision)")
    }

    @Test(.enabled(if: pdf != nil, "../shared/dev-corpus/pdf not found beside the package"))
    func thePDFRouteReadsTheTables() throws {
        let text = try Self.score(pdf: false, ["--tables"]), pdf = try Self.score(pdf: true, ["--tables"])
        #expect(pdf.recall >= text.recall + 0.1, "with table cells: PDF recall \(pdf.recall) vs text \(text.recall)")
        #expect(pdf.attribution >= 0.97, "with table cells: PDF attribution \(pdf.attribution)")
    }
}
