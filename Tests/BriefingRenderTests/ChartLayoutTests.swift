import Foundation
import Testing
@testable import BriefingRender

@Suite struct ChartLayoutTests {
    let renderer = ChartRenderer()

    @Test func niceTicksCoverTheDataWithNiceSteps() {
        let t = NiceTicks(lo: -31.5, hi: 6.1)
        #expect(t.step == 10)
        #expect(t.lower == -40 && t.upper == 10)
        #expect(t.values == [-40, -30, -20, -10, 0, 10])
        let p = NiceTicks(lo: 0, hi: 100)
        #expect(p.values == [0, 25, 50, 75, 100])
        let flat = NiceTicks(lo: 5, hi: 5)
        #expect(flat.lower <= 5 && flat.upper > 5)
    }

    @Test func axisNumbersAreWrittenTheChineseWay() {
        #expect(NumberFormat.axis(-20, step: 10, format: .percent) == "−20%")
        #expect(NumberFormat.axis(0, step: 10, format: .percent) == "0%")
        #expect(NumberFormat.axis(15000, step: 5000, format: .plain) == "1.5万")
        #expect(NumberFormat.axis(8000, step: 2000, format: .plain, magnitude: 14000) == "0.8万")
        #expect(NumberFormat.axis(2.5e8, step: 5e7, format: .plain) == "2.5亿")
        #expect(NumberFormat.axis(2.5, step: 2.5, format: .plain) == "2.5")
    }

    @Test(arguments: [320.0, 480.0, 640.0])
    func noLabelOverlapsOrSticksOut(width: Double) throws {
        for chart in Fixtures.allCharts {
            let layout = try renderer.layout(chart, width: width)
            let overlaps = layout.overlappingLabels().map { "\($0.0.text) × \($0.1.text)" }
            #expect(overlaps.isEmpty, "\(chart.title) at \(width) pt: \(overlaps)")
            #expect(layout.clippedLabels().isEmpty, "\(chart.title) at \(width) pt: \(layout.clippedLabels().map(\.text))")
            #expect(layout.height == layout.naturalHeight)
        }
    }

    @Test func everyChartHasTitleUnitAndSource() throws {
        for chart in Fixtures.allCharts {
            let roles = Set(try renderer.layout(chart, width: 480).texts.map(\.role))
            #expect(roles.contains(.title) && roles.contains(.source), "\(chart.title)")
            if !chart.unit.isEmpty { #expect(roles.contains(.unit)) }
        }
    }

    @Test func divergingBarsAreSortedColouredAndMarked() throws {
        let layout = try renderer.layout(Fixtures.diverging, width: 480)
        // Sorted descending: bars go from top to bottom with decreasing value.
        let ys = layout.marks.map(\.rect.midY)
        #expect(ys == ys.sorted())
        let zeroX = layout.ticks.first { $0.value == 0 }!.position
        // Top bar (+6.1, worsened) lies right of zero in vermilion; bottom (−31.5, improved) left, in blue.
        let top = layout.marks.first!, bottom = layout.marks.last!
        #expect(top.color == Palette.worsened && abs(top.rect.x - zeroX) < 0.01)
        #expect(bottom.color == Palette.improved && abs(bottom.rect.maxX - zeroX) < 0.01)
        let values = layout.texts.filter { $0.role == .valueLabel }.map(\.text)
        #expect(values.contains("▼ −19%以上"))
        #expect(values.contains("▲ +6.1%"))
        #expect(values.allSatisfy { $0.hasPrefix("▲") || $0.hasPrefix("▼") })
    }

    @Test func recordedDrawingCallsCarryColoursArrowsAndZeroLine() throws {
        let layout = try renderer.layout(Fixtures.diverging, width: 480)
        let backend = RecordingBackend()
        layout.draw(on: backend)
        let fills = backend.calls.compactMap { call -> RGBA? in if case let .fillRect(_, c) = call { return c } else { return nil } }
        #expect(fills.filter { $0 == Palette.improved }.count == 3)
        #expect(fills.filter { $0 == Palette.worsened }.count == 2)
        #expect(fills.filter { $0 == Palette.neutral }.count == 1)
        let zeroLines = backend.calls.filter { if case let .polyline(_, c, w) = $0 { return c == Palette.axis && w == 1 } else { return false } }
        #expect(zeroLines.count == 1)
        #expect(backend.drawnTexts.first == Fixtures.diverging.title)
        #expect(backend.drawnTexts.contains("单位：%（同比）"))
        #expect(backend.drawnTexts.contains { $0.hasPrefix("来源：") })
    }

    @Test func groupedBarsHaveALegendAndOneColourPerSeries() throws {
        let layout = try renderer.layout(Fixtures.grouped, width: 480)
        #expect(layout.texts.filter { $0.role == .legend }.map(\.text) == ["化学需氧量排放强度", "氨氮排放强度"])
        #expect(Set(layout.marks.map(\.color)).count == 2)
        #expect(layout.marks.count == 4)
    }

    @Test func tilesKeepValueAndUnitOnOneBaseline() throws {
        let layout = try renderer.layout(Fixtures.tiles, width: 480)
        let values = layout.texts.filter { $0.role == .tileValue }
        let units = layout.texts.filter { $0.role == .tileUnit }
        #expect(values.map(\.text) == ["526", "约10.52", "8.2", "126.5"])
        for (v, u) in zip(values, units) {
            #expect(abs((v.origin.y + v.box.firstBaseline) - (u.origin.y + u.box.firstBaseline)) < 0.01)
            #expect(u.frame.x >= v.frame.maxX)
        }
        #expect(Set(layout.marks.map(\.rect.width)).count == 1)  // 2 × 2 grid, equal widths
    }

    @Test func progressBarsFillToTheirShareOfTheTarget() throws {
        let layout = try renderer.layout(Fixtures.progress, width: 480)
        let full = layout.plotArea.width
        #expect(abs(layout.marks[0].rect.width - full * 0.99) < 0.01)
        #expect(abs(layout.marks[4].rect.width - full * 0.20) < 0.01)
        #expect(layout.ticks.map(\.label) == ["0%", "25%", "50%", "75%", "100%"])
    }

    @Test func lineChartPlacesOnePointPerValue() throws {
        let layout = try renderer.layout(Fixtures.line, width: 480)
        #expect(layout.marks.count == 8)
        #expect(layout.texts.filter { $0.role == .valueLabel }.count == 8)
        #expect(layout.ticks.allSatisfy { $0.label.hasSuffix("万") })
    }

    @Test func tooSmallAHeightIsAClearError() throws {
        #expect {
            _ = try renderer.layout(Fixtures.diverging, width: 480, height: 120)
        } throws: { error in
            guard case let RenderError.invalidSpec(message) = error else { return false }
            return message.contains("needs at least")
        }
        #expect(throws: RenderError.self) { _ = try renderer.layout(.divergingBars(title: "空", unit: "%", source: "无", rows: []), width: 480) }
        #expect(throws: RenderError.self) {
            _ = try renderer.layout(.divergingBars(title: "x", unit: "%", source: "y",
                                                   rows: [BarRow(label: "a", value: .nan, valueLabel: "?", tone: .neutral)]), width: 480)
        }
    }

    @Test func tallerChartsSpreadRowsWithoutOverlap() throws {
        let layout = try renderer.layout(Fixtures.diverging, width: 480, height: 600)
        #expect(layout.height == 600)
        #expect(layout.overlappingLabels().isEmpty)
        #expect(layout.clippedLabels().isEmpty)
    }
}
