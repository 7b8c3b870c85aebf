import BriefingAnalysis
import BriefingReport
import Foundation
import Testing

@Suite struct SummaryJSONTests {
    static func object(_ digest: Digest) throws -> [String: Any] {
        let text = Summary.render(digest, format: .json, options: SummaryOptions(color: true))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(parsed as? [String: Any])
    }

    @Test func parsesAndHasCountsCategoriesAndFigures() throws {
        let digest = SummaryFixtures.sample
        let root = try Self.object(digest)
        #expect(Set(root.keys) == ["sources", "counts", "categories", "conflicts", "trends"])
        let counts = try #require(root["counts"] as? [String: Int])
        #expect(counts["figures"] == digest.figures.count)
        #expect(counts["changes"] == digest.changes.count)
        #expect(counts["improved"] == digest.improvements.count)
        #expect(counts["worsened"] == digest.worsenings.count)
        #expect(counts["levels"] == digest.levels.count)
        #expect(counts["targets"] == digest.targets.count)
        #expect(counts["sources"] == 1)

        let categories = try #require(root["categories"] as? [[String: Any]])
        #expect(categories.compactMap { $0["category"] as? String } == digest.categories.map(\.rawValue))
        #expect(categories.first?["title"] as? String == "污染物排放")
        let figures = categories.flatMap { ($0["figures"] as? [[String: Any]]) ?? [] }
        #expect(figures.count == digest.figures.count + digest.derived.count)
        let nox = try #require(figures.first { $0["metric"] as? String == "氮氧化物排放量" })
        #expect((nox["value"] as? NSNumber)?.doubleValue == 4.76)
        #expect(nox["direction"] as? String == "down")
        #expect(nox["improved"] as? Bool == true)
        #expect(nox["status"] as? String == "improved")
        #expect(nox["line"] as? Int == 571)
        let sources = try #require(nox["sources"] as? [[String: Any]])
        #expect(sources.first?["line"] as? Int == 571)
        #expect((sources.first?["file"] as? String)?.hasSuffix("000_110601d51d0bdeef.txt") == true)
    }

    @Test func conflictsTrendsAndDerivedAreExported() throws {
        let root = try Self.object(SummaryFixtures.mixed)
        let conflicts = try #require(root["conflicts"] as? [[String: Any]])
        #expect(conflicts.count == 1)
        #expect((conflicts.first?["figures"] as? [[String: Any]])?.count == 2)
        // Two stated years make a trend (a derived year alone does not).
        let stated = try Self.object(SummaryFixtures.digest(text: "2023年，某公司电解铝产量为50万吨。\n2024年，某公司电解铝产量为52万吨。"))
        let trends = try #require(stated["trends"] as? [[String: Any]])
        #expect((trends.first?["points"] as? [[String: Any]])?.map { $0["year"] as? Int } == [2023, 2024])
        let figures = (root["categories"] as? [[String: Any]] ?? []).flatMap { ($0["figures"] as? [[String: Any]]) ?? [] }
        #expect(figures.contains { $0["derived"] as? Bool == true && $0["year"] as? Int == 2023 })
    }

    @Test func outputIsDeterministic() {
        let a = Summary.render(SummaryFixtures.sample, format: .json, options: SummaryOptions())
        let b = Summary.render(SummaryFixtures.sample, format: .json, options: SummaryOptions())
        #expect(a == b)
    }

    @Test func anEmptyDigestIsStillAWholeObject() throws {
        let root = try Self.object(SummaryFixtures.emptyDigest)
        #expect((root["categories"] as? [Any])?.isEmpty == true)
        #expect((root["counts"] as? [String: Int])?["figures"] == 0)
        #expect(root["sources"] as? [String] == ["empty.txt"])
    }
}
