/// Diverging bars and progress bars: one row per datum, labels in a left column.
extension ChartBuilder {
    func rowHeights(_ labels: [String], compact: Bool) throws -> [Double] {
        let column = try labelColumnWidth(labels)
        return try labels.map { label in
            let h = try categoryBox(label, columnWidth: column).height
            return compact ? max(h + 2, 16) : max(h + 8, 26)
        }
    }

    func barsHeight(rows: [String], compact: Bool) throws -> Double {
        try rowHeights(rows, compact: compact).reduce(0, +) + tickLabelHeight() + 6
    }

    /// Distributes `available` height over rows, never below each row's compact height.
    func rowSlots(_ labels: [String], top: Double, available: Double) throws -> [(y: Double, height: Double)] {
        let natural = try rowHeights(labels, compact: false)
        let compact = try rowHeights(labels, compact: true)
        let totalNatural = natural.reduce(0, +)
        var heights = natural
        if available < totalNatural {
            let totalCompact = compact.reduce(0, +)
            let t = totalNatural > totalCompact ? max(0, (available - totalCompact) / (totalNatural - totalCompact)) : 0
            heights = zip(compact, natural).map { $0 + ($1 - $0) * t }
        } else {
            // Grow rows up to 1.6× their natural height; leave the rest empty below.
            let factor = min(1.6, available / max(totalNatural, 1))
            heights = natural.map { $0 * factor }
        }
        var y = top
        return heights.map { h in defer { y += h }; return (y, h) }
    }

    mutating func layoutDiverging(_ input: [BarRow], sort: BarSort, in body: Rect) throws {
        let rows: [BarRow]
        switch sort {
        case .descending: rows = input.enumerated().sorted { ($0.element.value, -$0.offset) > ($1.element.value, -$1.offset) }.map(\.element)
        case .ascending: rows = input.enumerated().sorted { ($0.element.value, $0.offset) < ($1.element.value, $1.offset) }.map(\.element)
        case .none: rows = input
        }
        let labels = rows.map(\.label)
        let column = try labelColumnWidth(labels)
        let plotLeft = body.x + column + 10
        let (ticks, x, valueBoxes) = try signedScale(rows.map { ($0.value, $0.valueLabel, $0.marker) }, from: plotLeft, to: body.maxX)
        let axisHeight = try tickLabelHeight() + 6
        let slots = try rowSlots(labels, top: body.y, available: body.height - axisHeight)
        let plotBottom = (slots.last.map { $0.y + $0.height }) ?? body.y
        layout.plotArea = Rect(x: plotLeft, y: body.y, width: body.maxX - plotLeft, height: plotBottom - body.y)
        try horizontalAxis(ticks: ticks, x: x, top: body.y, bottom: plotBottom, drawZero: true)
        for (i, row) in rows.enumerated() {
            let slot = slots[i]
            let mid = slot.y + slot.height / 2
            let thickness = min(slot.height * 0.62, 16)
            let x0 = x(0), xv = x(row.value)
            var bar = Rect(x: min(x0, xv), y: mid - thickness / 2, width: abs(xv - x0), height: thickness)
            if bar.width < 1.5 { bar = Rect(x: x0 - 0.75, y: bar.y, width: 1.5, height: bar.height) }
            layout.add(.rect(bar, row.tone.color))
            layout.marks.append(MarkBox(index: i, rect: bar, color: row.tone.color))
            let label = try categoryBox(row.label, columnWidth: column)
            layout.addText(row.label, role: .categoryLabel, box: label, at: Point(x: body.x, y: mid - label.height / 2))
            let vb = valueBoxes[i]
            let vx = row.value < 0 ? bar.x - 5 - vb.width : bar.maxX + 5
            layout.addText(valueText(row.valueLabel, marker: row.marker), role: .valueLabel, box: vb,
                           at: Point(x: vx, y: mid - vb.height / 2), color: row.tone.textColor)
        }
    }

    mutating func layoutProgress(_ rows: [ProgressRow], in body: Rect) throws {
        let labels = rows.map(\.label)
        let column = try labelColumnWidth(labels)
        let valueBoxes = try rows.map { try text.box($0.valueLabel, style: Self.valueStyle) }
        let valueColumn = (valueBoxes.map(\.width).max() ?? 0) + 8
        let domain = max(rows.map(\.target).max()!, rows.map(\.value).max()!)
        let ticks = NiceTicks(lo: 0, hi: domain, target: 5)
        let a = body.x + column + 10, b = body.maxX - valueColumn
        guard b - a > 40 else { throw RenderError.invalidSpec("chart \"\(spec.title)\": width \(Int(width)) pt leaves no room for bars") }
        let x = { (v: Double) in a + (v - ticks.lower) / (ticks.upper - ticks.lower) * (b - a) }
        let axisHeight = try tickLabelHeight() + 6
        let slots = try rowSlots(labels, top: body.y, available: body.height - axisHeight)
        let plotBottom = (slots.last.map { $0.y + $0.height }) ?? body.y
        layout.plotArea = Rect(x: a, y: body.y, width: b - a, height: plotBottom - body.y)
        try horizontalAxis(ticks: ticks, x: x, top: body.y, bottom: plotBottom, drawZero: false)
        for (i, row) in rows.enumerated() {
            let slot = slots[i]
            let mid = slot.y + slot.height / 2
            let thickness = min(slot.height * 0.5, 12)
            let track = Rect(x: a, y: mid - thickness / 2, width: x(row.target) - a, height: thickness)
            layout.add(.rect(track, Palette.track))
            let fill = Rect(x: a, y: track.y, width: max(0, x(max(0, row.value)) - a), height: thickness)
            layout.add(.rect(fill, row.tone.color))
            layout.marks.append(MarkBox(index: i, rect: fill, color: row.tone.color))
            // Target marker at the end of the track.
            layout.add(.polyline([Point(x: x(row.target), y: mid - thickness / 2 - 3), Point(x: x(row.target), y: mid + thickness / 2 + 3)],
                                 Palette.axis, width: 1.5, dash: []))
            let label = try categoryBox(row.label, columnWidth: column)
            layout.addText(row.label, role: .categoryLabel, box: label, at: Point(x: body.x, y: mid - label.height / 2))
            let vb = valueBoxes[i]
            layout.addText(row.valueLabel, role: .valueLabel, box: vb, at: Point(x: b + 8, y: mid - vb.height / 2),
                           color: row.tone.textColor)
        }
    }

    /// The value scale of horizontal bars around zero: room for the signed value labels on the
    /// side each bar points to, nice ticks from the data and zero, the value → x mapping, and
    /// the measured label boxes.
    func signedScale(_ values: [(value: Double, label: String, marker: Marker?)], from left: Double,
                     to right: Double) throws -> (NiceTicks, (Double) -> Double, [TextBox]) {
        let boxes = try values.map { try text.box(valueText($0.label, marker: $0.marker), style: Self.valueStyle) }
        let negativePad = zip(values, boxes).filter { $0.0.value < 0 }.map { $0.1.width + 6 }.max() ?? 0
        let positivePad = zip(values, boxes).filter { $0.0.value >= 0 }.map { $0.1.width + 6 }.max() ?? 0
        let numbers = values.map(\.value)
        let ticks = NiceTicks(lo: min(0, numbers.min()!), hi: max(0, numbers.max()!), target: 5)
        let a = left + negativePad, b = right - positivePad
        guard b - a > 40 else {
            throw RenderError.invalidSpec("chart \"\(spec.title)\": width \(Int(width)) pt leaves no room for bars; widen it or shorten the value labels")
        }
        return (ticks, { v in a + (v - ticks.lower) / (ticks.upper - ticks.lower) * (b - a) }, boxes)
    }
}
