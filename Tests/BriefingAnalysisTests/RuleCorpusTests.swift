@testable import BriefingAnalysis
import Foundation
import Testing

/// Every example of every phrasing class in `RuleCorpus` and `LevelAdmissionRules` gives the
/// figures it promises (kind, value, unit, metric, subject, year), and nothing else where the
/// example is exhaustive.
@Suite struct RuleCorpusTests {
    static func matches(_ e: RuleCorpus.Expected, _ f: Figure) -> Bool {
        f.kind == e.kind && DecimalText.plain(f.value) == e.value && f.unit == e.unit
            && (e.exactMetric ? f.metric == e.metric : f.metric.contains(e.metric))
            && (e.subject == nil || (f.subject ?? RuleCorpus.Expected.noSubject) == e.subject) && (e.year == nil || f.year == e.year)
    }

    @Test(arguments: RuleCorpus.examples.map(\.rule))
    func example(_ rule: String) throws {
        let example = try #require(RuleCorpus.examples.first { $0.rule == rule })
        let figures = Extract.figures(example.text)
        let shown = figures.map { "\($0.kind) \($0.subject ?? "·")|\($0.metric) \(DecimalText.plain($0.value))\($0.unit) \($0.year.map(String.init) ?? "")" }
        for e in example.expected {
            #expect(figures.contains { Self.matches(e, $0) }, "\(rule): missing \(e); got \(shown)")
        }
        if example.exhaustive {
            #expect(figures.count == example.expected.count, "\(rule): expected \(example.expected.count) figures, got \(shown)")
        }
    }

    @Test func everyLevelAdmissionRuleKeepsItsExamplesOut() {
        for rule in LevelAdmissionRules.all {
            for text in rule.examples {
                let levels = Extract.figures(text).filter { $0.kind == .level }
                #expect(levels.isEmpty, "\(rule.name): \(text) gave \(levels.map { "\($0.metric) \($0.valueText)" })")
            }
        }
    }

    @Test func ruleNamesAreUnique() {
        let names = RuleCorpus.examples.map(\.rule) + LevelAdmissionRules.all.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
