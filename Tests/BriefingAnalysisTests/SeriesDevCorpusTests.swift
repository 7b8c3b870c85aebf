import Foundation
import Testing
@testable import BriefingAnalysis

/// Two consecutive years of 成都's statistical communiqué (`../shared/dev-corpus/texts`, real
/// public texts, never in the repository; skipped when absent) read together. The 2022 text
/// is an excerpt that stops before transport, energy and environment (see the README there),
/// so those sections form no series across the two years.
struct SeriesDevCorpusTests {
    static let texts = Extract.projectRoot.appendingPathComponent("../shared/dev-corpus/texts")
    static let paths = ["chengdu-2022-tjgb.txt", "chengdu-2021-tjgb.txt"].map { texts.appendingPathComponent($0).path }
    static let present = paths.allSatisfy { FileManager.default.fileExists(atPath: $0) }

    static func series(_ d: Digest, _ metric: String, _ kind: Figure.Kind) -> Series? {
        d.series.first { $0.metric == metric && $0.kind == kind }
    }

    @Test(.enabled(if: present)) func twoYearsOfChengdu() throws {
        let d = Aggregator.digest(CorpusAnalysis.run(Self.paths))
        #expect(d.reports.map(\.name) == ["chengdu-2021-tjgb", "chengdu-2022-tjgb"])
        #expect(d.reports.allSatisfy { $0.entity == "成都市" })
        #expect(d.series.count >= 100)
        // GDP: its level, joined across the two spellings' reports, and its growth.
        let gdp = try #require(Self.series(d, "地区生产总值", .level))
        #expect(gdp.who == "成都市")
        #expect(gdp.points.map(\.label) == ["19917亿元", "20817.5亿元"])
        #expect(Self.series(d, "地区生产总值", .change)?.points.map(\.label) == ["+8.6%", "+2.8%"])
        // Industry.
        #expect(Self.series(d, "规模以上工业增加值", .change)?.points.map(\.label) == ["+11.4%", "+5.6%"])
        #expect(Self.series(d, "第二产业增加值", .level)?.points.map(\.label) == ["6114.3亿元", "6404.1亿元"])
        // The checks: both years' 三次产业 add up to GDP and their contributions to 100%.
        let sums = d.checks.filter { $0.kind == .partsSum }
        #expect(sums.count == 2 && sums.allSatisfy { $0.outcome == .agrees })
        let shares = d.checks.filter { $0.kind == .sharesSum }
        #expect(shares.count == 2 && shares.allSatisfy { $0.outcome == .agrees })
        // GDP grew 2.8% at comparable prices while its levels grew 4.5%: not an error.
        let real = try #require(d.checks.first { $0.subject == "地区生产总值 2022年" })
        #expect(real.outcome == .comparableBasis && real.computed == "+4.52%")
        // The one flag: 一般公共预算收入 1697.9 → 1722.4亿元 is +1.44%, the 2022 text says
        // 按自然口径计算增长1.5% (the 2021 level was probably revised).
        let flagged = d.checks.filter { $0.outcome == .differs }
        #expect(flagged.map(\.subject) == ["一般公共预算收入 2022年"])
        #expect(flagged.first?.stated == "+1.5%" && flagged.first?.computed == "+1.44%")
        let since = try #require(d.sinceLastReport.first)
        #expect(since.latest.name == "chengdu-2022-tjgb")
        #expect(since.improved.contains { $0.metric == "地区生产总值" })
        #expect(since.worsened.contains { $0.metric == "粮食产量" })
    }
}
