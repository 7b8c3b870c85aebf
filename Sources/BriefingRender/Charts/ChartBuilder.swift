/// Internal: lays out the common frame (title, unit, source) and delegates the body to the mark.
struct ChartBuilder {
    let spec: ChartSpec
    let width: Double
    let text: TextEngine
    var layout: ChartLayout

    /// Outer padding: 12 pt for standalone images; 0 horizontally inside documents.
    var padX = 12.0
    var padY = 12.0
    static let titleStyle = TextStyle(size: 13, bold: true)
    static let unitStyle = TextStyle(size: 8.5, color: Palette.note)
    static let sourceStyle = TextStyle(size: 8, color: Palette.note)
    static let labelStyle = TextStyle(size: 9.5)
    static let valueStyle = TextStyle(size: 9, bold: true)
    static let tickStyle = TextStyle(size: 8, color: Palette.note)
    static let legendStyle = TextStyle(size: 8.5, color: RGBA(hex: 0x333333))

    init(spec: ChartSpec, width: Double, text: TextEngine) {
        self.spec = spec; self.width = width; self.text = text
        self.layout = ChartLayout(width: width, height: 0)
    }

    var innerWidth: Double { width - 2 * padX }

    mutating func layout(height: Double?) throws -> ChartLayout {
        try validate()
        let pad = padX
        let title = spec.title.isEmpty ? nil : try text.box(spec.title, style: Self.titleStyle, width: innerWidth, maxLines: 2)
        let unitText = spec.unit.isEmpty ? "" : "单位：\(spec.unit)"
        let unit = unitText.isEmpty ? nil : try text.box(unitText, style: Self.unitStyle, width: innerWidth, maxLines: 1)
        let sourceText = spec.sourceNote.hasPrefix("来源") || spec.sourceNote.hasPrefix("资料来源") ? spec.sourceNote : "来源：\(spec.sourceNote)"
        let source = spec.sourceNote.isEmpty ? nil : try text.box(sourceText, style: Self.sourceStyle, width: innerWidth, maxLines: 2)
        let titleHeight = title?.height ?? 0
        let headerHeight = padY + titleHeight + (unit.map { 2 + $0.height } ?? 0) + (title == nil && unit == nil ? 0 : 10)
        let footerHeight = (source.map { 10 + $0.height } ?? 0) + padY
        let natural = try bodyNaturalHeight()
        let minimum = try bodyMinimumHeight()
        let total = height ?? (headerHeight + natural + footerHeight)
        let body = Rect(x: pad, y: headerHeight, width: innerWidth, height: total - headerHeight - footerHeight)
        if body.height + 0.01 < minimum {
            throw RenderError.invalidSpec("chart \"\(spec.title)\": height \(Int(total)) pt is too small; it needs at least \(Int((headerHeight + minimum + footerHeight).rounded(.up))) pt at width \(Int(width)) pt")
        }
        layout = ChartLayout(width: width, height: total)
        if let title { layout.addText(spec.title, role: .title, box: title, at: Point(x: pad, y: padY)) }
        if let unit { layout.addText(unitText, role: .unit, box: unit, at: Point(x: pad, y: padY + titleHeight + (title == nil ? 0 : 2))) }
        try layoutBody(in: body)
        if let source { layout.addText(sourceText, role: .source, box: source, at: Point(x: pad, y: total - padY - source.height)) }
        return layout
    }

    private func validate() throws {
        func finite(_ values: [Double]) throws {
            if values.contains(where: { !$0.isFinite }) { throw RenderError.invalidSpec("chart \"\(spec.title)\": a value is not a finite number") }
        }
        switch spec.mark {
        case let .divergingBars(rows, _):
            if rows.isEmpty { throw RenderError.invalidSpec("chart \"\(spec.title)\": no bars") }
            try finite(rows.map(\.value))
        case let .groupedBars(rows):
            if rows.isEmpty { throw RenderError.invalidSpec("chart \"\(spec.title)\": no bars") }
            try finite(rows.map(\.value))
        case let .kpiTiles(tiles):
            if tiles.isEmpty { throw RenderError.invalidSpec("chart \"\(spec.title)\": no tiles") }
        case let .progressBars(rows):
            if rows.isEmpty { throw RenderError.invalidSpec("chart \"\(spec.title)\": no rows") }
            try finite(rows.map(\.value) + rows.map(\.target))
            if rows.contains(where: { $0.target <= 0 }) { throw RenderError.invalidSpec("chart \"\(spec.title)\": a target is not positive") }
        case let .line(series):
            let points = series.flatMap(\.points)
            if points.isEmpty { throw RenderError.invalidSpec("chart \"\(spec.title)\": no points") }
            try finite(points.map(\.value))
        }
    }

    private mutating func bodyNaturalHeight() throws -> Double {
        switch spec.mark {
        case let .divergingBars(rows, _): return try barsHeight(rows: rows.map { $0.label }, compact: false)
        case let .groupedBars(rows): return try groupedHeight(rows, compact: false)
        case let .kpiTiles(tiles): return try tilesHeight(tiles)
        case let .progressBars(rows): return try barsHeight(rows: rows.map(\.label), compact: false)
        case let .line(series): return try lineHeight(series, compact: false)
        }
    }

    private mutating func bodyMinimumHeight() throws -> Double {
        switch spec.mark {
        case let .divergingBars(rows, _): return try barsHeight(rows: rows.map { $0.label }, compact: true)
        case let .groupedBars(rows): return try groupedHeight(rows, compact: true)
        case let .kpiTiles(tiles): return try tilesHeight(tiles)
        case let .progressBars(rows): return try barsHeight(rows: rows.map(\.label), compact: true)
        case let .line(series): return try lineHeight(series, compact: true)
        }
    }

    private mutating func layoutBody(in body: Rect) throws {
        switch spec.mark {
        case let .divergingBars(rows, sort): try layoutDiverging(rows, sort: sort, in: body)
        case let .groupedBars(rows): try layoutGrouped(rows, in: body)
        case let .kpiTiles(tiles): try layoutTiles(tiles, in: body)
        case let .progressBars(rows): try layoutProgress(rows, in: body)
        case let .line(series): try layoutLine(series, in: body)
        }
    }

    // MARK: Shared helpers

    /// Width of the category label column: the longest label on one line, at most 34% of the body.
    func labelColumnWidth(_ labels: [String]) throws -> Double {
        let widest = try labels.map { try text.width($0, style: Self.labelStyle) }.max() ?? 0
        return min(widest + 1, innerWidth * 0.34).rounded(.up)
    }

    func categoryBox(_ label: String, columnWidth: Double, maxLines: Int = 2) throws -> TextBox {
        try text.box(label, style: Self.labelStyle, width: columnWidth, maxLines: maxLines, alignment: .right)
    }

    func tickLabelHeight() throws -> Double { try text.box("0", style: Self.tickStyle).height }

    func valueText(_ label: String, marker: Marker?) -> String {
        if let marker { return marker.glyph + " " + label }
        return label
    }

    /// Vertical grid lines and tick labels along a horizontal value axis, thinned until labels do not overlap.
    mutating func horizontalAxis(ticks: NiceTicks, x: (Double) -> Double, top: Double, bottom: Double,
                                 drawZero: Bool) throws {
        let values = ticks.values
        for v in values where !(drawZero && v == 0) {
            layout.add(.polyline([Point(x: x(v), y: top), Point(x: x(v), y: bottom)], Palette.grid, width: 0.6, dash: []))
        }
        if drawZero {
            layout.add(.polyline([Point(x: x(0), y: top - 2), Point(x: x(0), y: bottom)], Palette.axis, width: 1, dash: []))
        }
        let labels = try values.map { v -> (Double, String, TextBox) in
            let s = NumberFormat.axis(v, step: ticks.step, format: spec.axis, magnitude: ticks.magnitude)
            return (v, s, try text.box(s, style: Self.tickStyle))
        }
        // Thin: keep every k-th label (counted from zero when zero is a tick) until none overlap.
        let anchor = values.firstIndex(of: 0) ?? 0
        for k in 1...max(1, labels.count) {
            let kept = labels.indices.filter { ($0 - anchor) % k == 0 }
            let frames = kept.map { i -> Rect in
                let b = labels[i].2
                let cx = min(max(x(labels[i].0) - b.width / 2, 0), width - b.width)
                return Rect(x: cx, y: bottom + 3, width: b.width, height: b.height)
            }
            let overlap = zip(frames, frames.dropFirst()).contains { $0.maxX + 4 > $1.x }
            if !overlap || kept.count <= 1 {
                for (i, f) in zip(kept, frames) {
                    layout.addText(labels[i].1, role: .tickLabel, box: labels[i].2, at: Point(x: f.x, y: f.y))
                    layout.ticks.append((labels[i].0, x(labels[i].0), labels[i].1))
                }
                return
            }
        }
    }

    /// A legend of coloured swatches that wraps onto several rows; returns its height.
    mutating func legend(_ names: [String], colors: [RGBA], at origin: Point, draw: Bool) throws -> Double {
        guard names.count > 1 else { return 0 }
        var x = origin.x, y = origin.y, rowHeight = 0.0
        for (name, color) in zip(names, colors) {
            let box = try text.box(name, style: Self.legendStyle, width: innerWidth - 14, maxLines: 1)
            let itemWidth = 13 + box.width
            if x > origin.x, x + itemWidth > origin.x + innerWidth {
                x = origin.x; y += rowHeight + 3; rowHeight = 0
            }
            if draw {
                layout.add(.rect(Rect(x: x, y: y + (box.height - 9) / 2, width: 9, height: 9), color))
                layout.addText(name, role: .legend, box: box, at: Point(x: x + 13, y: y))
            }
            rowHeight = max(rowHeight, box.height)
            x += itemWidth + 14
        }
        return y + rowHeight - origin.y + 8
    }
}

extension Tone {
    /// Text colour: the tone colour, with neutral darkened for contrast on white.
    var textColor: RGBA { self == .neutral ? RGBA(hex: 0x666666) : color }
}
