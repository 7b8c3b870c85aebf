/// Line chart: one line per series over ordered x categories (years), y ticks at the left.
extension ChartBuilder {
    static let pointLabelStyle = TextStyle(size: 8.5, bold: true)

    private func xCategories(_ series: [LineSeries]) -> [String] {
        var seen = Set<String>(); return series.flatMap(\.points).map(\.x).filter { seen.insert($0).inserted }
    }

    func lineHeight(_ series: [LineSeries], compact: Bool) throws -> Double {
        var copy = self
        let legendHeight = try copy.legend(series.map(\.name), colors: Palette.series, at: Point(x: 0, y: 0), draw: false)
        let xs = xCategories(series)
        let band = (innerWidth - 40) / Double(max(1, xs.count))
        let xLabel = try xs.map { try text.box($0, style: Self.tickStyle, width: max(10, band - 4), maxLines: 2, alignment: .center).height }.max() ?? 0
        return legendHeight + (compact ? 90 : 150) + xLabel + 6
    }

    mutating func layoutLine(_ series: [LineSeries], in body: Rect) throws {
        let colors = series.indices.map { Palette.series[$0 % Palette.series.count] }
        let legendHeight = try legend(series.map(\.name), colors: colors, at: Point(x: body.x, y: body.y), draw: true)
        let xs = xCategories(series)
        let values = series.flatMap(\.points).map(\.value)
        var lo = values.min()!, hi = values.max()!
        if lo >= 0, lo <= hi * 0.35 { lo = 0 }
        let span = max(hi - lo, abs(hi) * 0.1, 1e-9)
        if lo != 0 { lo -= span * 0.1 }
        hi += span * 0.05
        let ticks = NiceTicks(lo: lo, hi: hi, target: 5)
        let tickBoxes = try ticks.values.map { v -> (Double, String, TextBox) in
            let s = NumberFormat.axis(v, step: ticks.step, format: spec.axis, magnitude: ticks.magnitude)
            return (v, s, try text.box(s, style: Self.tickStyle))
        }
        let tickColumn = (tickBoxes.map(\.2.width).max() ?? 0) + 6
        let pointLabelHeight = try text.box("0", style: Self.pointLabelStyle).height
        let plotLeft = body.x + tickColumn, plotRight = body.maxX
        let band = (plotRight - plotLeft) / Double(max(1, xs.count))
        let xBoxes = try xs.map { try text.box($0, style: Self.tickStyle, width: max(10, band - 4), maxLines: 2, alignment: .center) }
        let xLabelHeight = xBoxes.map(\.height).max() ?? 0
        let plotTop = body.y + legendHeight + pointLabelHeight + 4
        let plotBottom = body.maxY - xLabelHeight - 6
        guard plotBottom - plotTop > 30 else { throw RenderError.invalidSpec("chart \"\(spec.title)\": too little height for the plot") }
        layout.plotArea = Rect(x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop)
        let y = { (v: Double) in plotBottom - (v - ticks.lower) / (ticks.upper - ticks.lower) * (plotBottom - plotTop) }
        let x = { (i: Int) in plotLeft + band * (Double(i) + 0.5) }
        for (v, s, b) in tickBoxes {
            layout.add(.polyline([Point(x: plotLeft, y: y(v)), Point(x: plotRight, y: y(v))],
                                 v == 0 ? Palette.axis : Palette.grid, width: v == 0 ? 1 : 0.6, dash: []))
            layout.addText(s, role: .tickLabel, box: b, at: Point(x: plotLeft - 6 - b.width, y: y(v) - b.height / 2))
            layout.ticks.append((v, y(v), s))
        }
        layout.add(.polyline([Point(x: plotLeft, y: plotBottom), Point(x: plotRight, y: plotBottom)], Palette.axis, width: 1, dash: []))
        for (i, b) in xBoxes.enumerated() {
            layout.addText(xs[i], role: .categoryLabel, box: b, at: Point(x: x(i) - (max(10, band - 4)) / 2, y: plotBottom + 4))
        }
        var occupied = texts(in: layout).map(\.frame)
        var pointLabels: [(String, TextBox, Point, RGBA)] = []
        var markIndex = 0
        for (si, s) in series.enumerated() {
            let pts = s.points.compactMap { p -> (Point, LinePoint)? in
                guard let i = xs.firstIndex(of: p.x) else { return nil }
                return (Point(x: x(i), y: y(p.value)), p)
            }
            layout.add(.polyline(pts.map(\.0), colors[si], width: 2, dash: []))
            for (pt, _) in pts {
                layout.add(.circle(pt, radius: 3.2, fill: Palette.white, stroke: colors[si]))
                layout.marks.append(MarkBox(index: markIndex, rect: Rect(x: pt.x - 3.2, y: pt.y - 3.2, width: 6.4, height: 6.4), color: colors[si]))
                markIndex += 1
            }
        }
        // Point labels: above, else below, else left out (measured against everything placed).
        let markers = layout.marks.map { $0.rect }
        for (si, s) in series.enumerated() {
            for p in s.points {
                guard let i = xs.firstIndex(of: p.x) else { continue }
                let pt = Point(x: x(i), y: y(p.value))
                let b = try text.box(p.valueLabel, style: Self.pointLabelStyle)
                let lx = min(max(pt.x - b.width / 2, 0), width - b.width)
                let candidates = [Rect(x: lx, y: pt.y - 6 - b.height, width: b.width, height: b.height),
                                  Rect(x: lx, y: pt.y + 6, width: b.width, height: b.height)]
                for c in candidates where c.y >= body.y + legendHeight - 2 && c.maxY <= plotBottom
                    && !occupied.contains(where: { $0.intersects(c) }) && !markers.contains(where: { $0.intersects(c) }) {
                    occupied.append(c)
                    pointLabels.append((p.valueLabel, b, Point(x: c.x, y: c.y), colors[si]))
                    break
                }
            }
        }
        for (s, b, o, c) in pointLabels { layout.addText(s, role: .valueLabel, box: b, at: o, color: c) }
    }

    private func texts(in layout: ChartLayout) -> [PlacedText] { layout.texts }
}
