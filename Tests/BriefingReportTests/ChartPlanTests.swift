import BriefingAnalysis
import BriefingReport
import BriefingRender
import Foundation
import Testing

@Suite struct ChartPlanTests {
    static let (sampleDigest, _) = ReportFixtures.digest([ReportFixtures.sample])
    static let charts = ChartPlan.charts(for: sampleDigest)

    @Test func namesSayWhatTheChartsShow() {
        let names = Self.charts.map(\.name)
        #expect(names.contains("changes-overview"))
        #expect(names.contains("emissions-changes"))
        #expect(names.contains("emissions-by-subject"))
        #expect(names.contains("energy-amounts"))
        #expect(names.contains("rates-progress"))
        #expect(names.contains("targets-progress"))
        #expect(Set(names).count == names.count, "names are unique")
    }

    @Test func changeBarsAreSignedColouredAndLabelled() throws {
        let chart = try #require(Self.charts.first { $0.name == "emissions-changes" })
        guard case let .divergingBars(rows, _) = chart.spec.mark else { Issue.record("not bars"); return }
        let nox = try #require(rows.first { $0.label == "中铝集团 氮氧化物排放量" })
        #expect(nox.value == -4.76 && nox.valueLabel == "−4.76%" && nox.tone == .improved && nox.marker == .down)
        let sulphur = try #require(rows.first { $0.valueLabel.hasSuffix("以上") })
        #expect(sulphur.valueLabel == "−19%以上")
        #expect(chart.spec.unit.hasPrefix("%"))
        #expect(chart.spec.sourceNote.contains("第571"))
    }

    @Test func withSeveralInputsRelativeSubjectsNameTheirFile() throws {
        // Two bulletins without a named subject, and the sample (named subjects).
        let (digest, _) = ReportFixtures.digest([ReportFixtures.sample, ReportFixtures.fixture("bulletin_2023.txt"),
                                                 ReportFixtures.fixture("blind_city_energy.txt")])
        let charts = ChartPlan.charts(for: digest).compactMap { chart -> [String]? in
            if case let .divergingBars(rows, _) = chart.spec.mark { return rows.map(\.label) }
            return nil
        }
        let labels = charts.flatMap { $0 }
        // Both titles name an unnamed 某市: the subject is that city, told apart by its file.
        #expect(labels.contains("某市·bulletin_2023 全社会用电量") && labels.contains("某市·blind_city_energy 全社会用电量"), "\(labels)")
        #expect(labels.contains("中铝集团 氮氧化物排放量"))
        for rows in charts { #expect(Set(rows).count == rows.count, "bars in a chart can be told apart: \(rows)") }
        // One input: no file names in labels.
        #expect(Self.charts.allSatisfy { !$0.figures.contains { $0.who?.contains("000_110601") == true } })
    }

    @Test func groupedChartsOfManyInputsKeepFourSeriesOfNamedSubjects() throws {
        let folder = ReportFixtures.root.appendingPathComponent("Tests/Fixtures").path
        let (digest, _) = ReportFixtures.digest([ReportFixtures.sample, folder])
        let grouped = ChartPlan.charts(for: digest).compactMap { chart -> [GroupedBarRow]? in
            if case let .groupedBars(rows) = chart.spec.mark { return rows }
            return nil
        }
        #expect(!grouped.isEmpty)
        for rows in grouped {
            #expect(Set(rows.map(\.series)).count <= 4, "\(Set(rows.map(\.series)))")
            // Every category names a subject of the text (a file name alone is no subject).
            #expect(rows.allSatisfy { !$0.category.hasPrefix("blind_") && !$0.category.hasPrefix("bulletin_") }, "\(rows.map(\.category))")
        }
    }

    @Test func sectorsAreGroupedByMetric() throws {
        let chart = try #require(Self.charts.first { $0.name == "emissions-by-subject" })
        guard case let .groupedBars(rows) = chart.spec.mark else { Issue.record("not grouped"); return }
        #expect(Set(rows.map(\.category)) == ["铜冶炼", "铝加工"])
        #expect(Set(rows.map(\.series)) == ["化学需氧量排放强度", "氨氮排放强度"])
        #expect(rows.count == 4)
    }

    @Test func amountsAreTilesInChineseForm() throws {
        let chart = try #require(Self.charts.first { $0.name == "energy-amounts" })
        guard case let .kpiTiles(tiles) = chart.spec.mark else { Issue.record("not tiles"); return }
        let power = try #require(tiles.first { $0.label == "新能源发电量" })
        #expect(power.value == "约+10.52" && power.unit == "亿千瓦时" && power.tone == .improved)
        let capacity = try #require(tiles.first { $0.label == "新能源装机" })
        #expect(capacity.value == "+526" && capacity.unit == "兆瓦")
    }

    @Test func ratesAreProgressBarsAgainstAHundred() throws {
        let chart = try #require(Self.charts.first { $0.name == "rates-progress" })
        guard case let .progressBars(rows) = chart.spec.mark else { Issue.record("not progress"); return }
        #expect(rows.allSatisfy { $0.target == 100 && $0.value <= 100 })
        #expect(rows.contains { $0.valueLabel == "97%以上" })
        #expect(rows.contains { $0.valueLabel == "20%" })
    }

    @Test func trendsBecomeLines() throws {
        let digest = ReportFixtures.digest(text: "2023年，某公司电解铝产量为50万吨。\n2024年，某公司电解铝产量为52万吨，同比增加2万吨。")
        let line = try #require(ChartPlan.charts(for: digest).first { $0.name == "trend-1" })
        guard case let .line(series) = line.spec.mark else { Issue.record("not a line"); return }
        #expect(series.first?.points.map(\.x) == ["2023", "2024"])
        #expect(line.spec.unit == "吨")
    }

    @Test func everyChartLaysOutWithoutOverlapsOrClipping() throws {
        let renderer = ChartRenderer()
        for chart in Self.charts {
            let layout = try renderer.layout(chart.spec, width: ReportWriter.chartWidth)
            #expect(layout.overlappingLabels().isEmpty, "\(chart.name) has overlapping labels")
            #expect(layout.clippedLabels().isEmpty, "\(chart.name) has clipped labels")
        }
    }
}
