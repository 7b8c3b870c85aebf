import BriefingAnalysis
import BriefingReport
import Foundation
import Testing

@Suite struct SummaryTextTests {
    static func text(_ digest: Digest, width: Int = 100) -> String {
        Summary.render(digest, format: .text, options: SummaryOptions(color: false, width: width))
    }

    @Test func sampleFiguresAppearWithTheirValues() {
        let text = Self.text(SummaryFixtures.sample)
        for expected in ["氮氧化物排放量", "−4.76%", "化学需氧量排放量", "−12.43%", "+2.69%", "约+10.52亿千瓦时",
                         "−19%以上", "d0bdeef.txt:571", "污染物排放", "环境合规"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        // Under the headline the source is named in full, so a source cut in the table can be told.
        #expect(text.components(separatedBy: "\n")[1] == "来源：" + SummaryFixtures.samplePath)
        // The row of 氮氧化物排放量 carries its arrow, verdict, value, basis, year and source.
        let row = text.components(separatedBy: "\n").first { $0.contains("氮氧化物排放量") }
        #expect(row.map { $0.contains("▼") && $0.contains("改善") && $0.contains("同比") && $0.contains("2024") } == true)
    }

    @Test func headlineCountsSourcesFiguresAndChanges() {
        let d = SummaryFixtures.mixed
        let first = Self.text(d).components(separatedBy: "\n")[0]
        #expect(first.contains("3 份来源"))
        #expect(first.contains("\(d.figures.count) 项数据"))
        #expect(first.contains("改善 \(d.improvements.count)，恶化 1，未明 1"))
        #expect(first.contains("目标 1 项"))
        #expect(first.contains("冲突 1 处"))
        #expect(!Self.text(SummaryFixtures.digest(text: "2024年，某公司氨氮排放量同比下降10%。")).contains("冲突"))
    }

    @Test func everyTableRowLinesUpWithItsHeaderByDisplayWidth() throws {
        for (digest, width) in [(SummaryFixtures.sample, 100), (SummaryFixtures.sample, 80), (SummaryFixtures.mixed, 100),
                                (SummaryFixtures.digest(paths: [SummaryFixtures.projectRoot.appendingPathComponent("Tests/Fixtures/company_news.txt").path]), 90)] {
            let text = Self.text(digest, width: width)
            let tables = RenderedTable.all(in: text)
            #expect(tables.count == digest.categories.count)
            // One layout for all categories: every table has the same column starts.
            #expect(Set(tables.map(\.starts)).count == 1)
            for table in tables {
                #expect(table.starts.count == 8)
                for line in [table.header] + table.rows {
                    let cells = try #require(table.cells(line), "columns do not line up: \(line)")
                    // Two spaces between columns: the cell before each start ends in the separator.
                    for cell in cells.dropLast() where !cell.isEmpty {
                        #expect(cell.hasSuffix("  "), "no separator in \(line)")
                    }
                    #expect(DisplayWidth.of(line) <= width, "too wide (\(DisplayWidth.of(line)) > \(width)): \(line)")
                }
                // The value column is right-aligned: every value ends at the column's end.
                let valueEnd = table.ends[4]
                for row in table.rows {
                    let cell = try #require(RenderedTable.slice(row, from: table.starts[4], to: valueEnd))
                    #expect(cell.last.map { $0 != " " } == true, "value not right-aligned: \(row)")
                }
            }
        }
    }

    @Test func longMetricsAreCutWithAnEllipsisToFitTheWidth() {
        let long = String(repeating: "化学需氧量", count: 8) + "排放强度"
        let d = Aggregator.digest([SummaryFixtures.figure(.change, "中铝集团", long, .down, 14.81, improved: true)], sources: ["a.txt"])
        let text = Self.text(d, width: 80)
        #expect(text.contains("…"))
        #expect(!text.contains(long))
        #expect(text.contains("−14.81%"))
        for line in text.components(separatedBy: "\n") where line.contains("化学需氧量") {
            #expect(DisplayWidth.of(line) <= 80)
        }
    }

    @Test func withinACategoryImprovedComeBySizeThenWorsenedUnknownLevelsTargets() throws {
        let d = SummaryFixtures.digest(text: """
        2024年，某公司营业收入同比下降5%，氨氮排放量同比下降10%，烟尘排放量同比下降30%，能耗同比上升2%，二氧化硫排放量同比下降20%。
        2024年，某公司营业收入为45.6亿元。2025年，某公司固体废物合规处置率要达到100%。
        """)
        let lines = Self.text(d).components(separatedBy: "\n")
        func index(_ s: String) throws -> Int { try #require(lines.firstIndex { $0.contains(s) }, "missing \(s)") }
        #expect(try index("烟尘排放量") < index("二氧化硫排放量"))
        #expect(try index("二氧化硫排放量") < index("氨氮排放量"))
        let emissions = try index("污染物排放")
        #expect(emissions < (try index("烟尘排放量")))
        let production = try index("生产经营")
        #expect(try index("−5%") > production)
    }

    @Test func statusColumnNamesTheVerdictSoItReadsWithoutColour() throws {
        let lines = Self.text(SummaryFixtures.mixed).components(separatedBy: "\n")
        func row(_ metric: String) throws -> String { try #require(lines.first { $0.contains(metric) && $0.contains("a.txt") }) }
        #expect(try row("氨氮排放量").contains("改善"))
        #expect(try row("能耗").contains("恶化"))
        #expect(try row("能耗").contains("▲"))
        #expect(try row("人员").contains("未明"))
        #expect(try row("固体废物合规处置率").contains("目标"))
    }

    @Test func derivedFiguresAreMarkedAndConflictsShowBothValuesAndSources() throws {
        let text = Self.text(SummaryFixtures.mixed)
        let derivedRow = try #require(text.components(separatedBy: "\n").first { $0.contains("（推算）") })
        #expect(derivedRow.contains("电解铝产量") && derivedRow.contains("2023") && derivedRow.contains("50万吨"))
        let conflictLine = try #require(text.components(separatedBy: "\n").first { $0.contains("二氧化硫排放量") && $0.contains(" / ") })
        #expect(conflictLine.contains("−12%") && conflictLine.contains("b.txt:2"))
        #expect(conflictLine.contains("−15%") && conflictLine.contains("c.txt:9"))
    }

    @Test func theDerivedMarkSurvivesACutMetric() {
        let metric = String(repeating: "电解铝", count: 12) + "产量"
        let d = Aggregator.digest([
            SummaryFixtures.figure(.level, "某公司", metric, nil, 52, "万吨", category: .production),
            SummaryFixtures.figure(.change, "某公司", metric, .up, 4, improved: true, category: .production),
        ], sources: ["a.txt"])
        let text = Self.text(d, width: 70)
        #expect(text.contains("…（推算）"))
    }

    @Test func anEmptyDigestGivesOneClearLine() {
        let text = Self.text(SummaryFixtures.emptyDigest)
        #expect(text.hasPrefix("未发现数据"))
        #expect(text.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1)
        #expect(!text.contains("─"))
        let fromText = Self.text(SummaryFixtures.digest(text: "今天天气很好，大家都很开心。"))
        #expect(fromText.hasPrefix("未发现数据"))
        #expect(Summary.render(SummaryFixtures.emptyDigest, format: .markdown, options: SummaryOptions()).hasPrefix("未发现数据"))
    }

    @Test func optionsDefaultToOneHundredColumnsWithoutColour() {
        let o = SummaryOptions()
        #expect(o.width == 100 && o.color == false)
    }
}

@Suite struct SummaryTrendTextTests {
    @Test func yearsStatedInTheTextAreListedAsASeries() {
        let d = SummaryFixtures.digest(text: "2023年，某公司电解铝产量为50万吨。\n2024年，某公司电解铝产量为52万吨。")
        let text = Summary.render(d, format: .text, options: SummaryOptions())
        #expect(text.contains("历年数值"))
        #expect(text.contains("2023年 50万吨 → 2024年 52万吨"))
        // A derived previous year alone is already a row of its table, not a series.
        #expect(!SummaryTextTests.text(SummaryFixtures.mixed).contains("历年数值"))
    }
}
