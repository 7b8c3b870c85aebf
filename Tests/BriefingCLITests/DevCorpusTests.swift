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
        #expect(s.recall >= 0.935, "found recall \(s.recall)")
        #expect(s.precision >= 0.94, "precision \(s.precision)")
        #expect(s.attribution >= 0.95, "attribution (kind, subject, year among found) \(s.attribution)")
    }

    @Test(.enabled(if: shared != nil, "../shared/dev-corpus not found beside the package"))
    func everyTopicHoldsUp() throws {
        // With every topic counted (education, health, culture…) the same rules must hold up.
        let s = try Self.score(["--all-topics"])
        #expect(s.recall >= 0.875, "all-topics recall \(s.recall)")
        #expect(s.attribution >= 0.93, "all-topics attribution \(s.attribution)")
    }
}
