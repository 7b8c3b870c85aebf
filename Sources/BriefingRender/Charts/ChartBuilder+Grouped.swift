/// Grouped horizontal bars: one band per category, one bar per series, a legend on top.
extension ChartBuilder {
    private func order<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>(); return items.filter { seen.insert($0).inserted }
    }

    private static let barThickness = 13.0, compactThickness = 11.5, barGap = 2.0, bandGap = 10.0

    func groupedHeight(_ rows: [GroupedBarRow], compact: Bool) throws -> Double {
        let categories = order(rows.map(\.category)), series = order(rows.map(\.series))
        var copy = self
        let legendHeight = try copy.legend(series, colors: series.indices.map { Palette.series[$0 % Palette.series.count] },
                                           at: Point(x: 0, y: 0), draw: false)
        let column = try labelColumnWidth(categories)
        let t = compact ? Self.compactThickness : Self.barThickness
        var total = legendHeight
        for c in categories {
            let n = Double(series.count)
            let bars = n * t + (n - 1) * Self.barGap
            let label = try categoryBox(c, columnWidth: column, maxLines: 3).height
            total += max(bars, label) + (compact ? 4 : Self.bandGap)
        }
        return try total + tickLabelHeight() + 6
    }

    mutating func layoutGrouped(_ rows: [GroupedBarRow], in body: Rect) throws {
        let categories = order(rows.map(\.category)), series = order(rows.map(\.series))
        let colors = series.indices.map { Palette.series[$0 % Palette.series.count] }
        let legendHeight = try legend(series, colors: colors, at: Point(x: body.x, y: body.y), draw: true)
        let column = try labelColumnWidth(categories)
        let plotLeft = body.x + column + 10
        let (ticks, x, valueBoxes) = try signedScale(rows.map { ($0.value, $0.valueLabel, $0.marker) }, from: plotLeft, to: body.maxX)
        // Fit thickness to the available height.
        let natural = try groupedHeight(rows, compact: false), compact = try groupedHeight(rows, compact: true)
        let t = natural > compact ? min(1, max(0, (body.height - compact) / (natural - compact))) : 1
        let thickness = Self.compactThickness + (Self.barThickness - Self.compactThickness) * t
        let bandGap = 4 + (Self.bandGap - 4) * t
        let n = Double(series.count)
        var y = body.y + legendHeight
        let top = y
        var placed: [(Rect, GroupedBarRow, TextBox)] = []
        for c in categories {
            let bars = n * thickness + (n - 1) * Self.barGap
            let label = try categoryBox(c, columnWidth: column, maxLines: 3)
            let band = max(bars, label.height)
            let barsTop = y + (band - bars) / 2
            layout.addText(c, role: .categoryLabel, box: label, at: Point(x: body.x, y: y + (band - label.height) / 2))
            for (si, s) in series.enumerated() {
                guard let ri = rows.firstIndex(where: { $0.category == c && $0.series == s }) else { continue }
                let row = rows[ri]
                let by = barsTop + Double(si) * (thickness + Self.barGap)
                let x0 = x(0), xv = x(row.value)
                var bar = Rect(x: min(x0, xv), y: by, width: abs(xv - x0), height: thickness)
                if bar.width < 1.5 { bar = Rect(x: x0 - 0.75, y: by, width: 1.5, height: thickness) }
                placed.append((bar, row, valueBoxes[ri]))
                layout.marks.append(MarkBox(index: ri, rect: bar, color: colors[si]))
                _ = si
            }
            y += band + bandGap
        }
        let plotBottom = y - bandGap + 4
        layout.plotArea = Rect(x: plotLeft, y: top, width: body.maxX - plotLeft, height: plotBottom - top)
        try horizontalAxis(ticks: ticks, x: x, top: top - 2, bottom: plotBottom, drawZero: true)
        for (i, (bar, row, vb)) in placed.enumerated() {
            layout.add(.rect(bar, layout.marks[i].color))
            let vx = row.value < 0 ? bar.x - 4 - vb.width : bar.maxX + 4
            layout.addText(valueText(row.valueLabel, marker: row.marker), role: .valueLabel, box: vb,
                           at: Point(x: vx, y: bar.midY - vb.height / 2), color: row.tone.textColor)
        }
    }
}
