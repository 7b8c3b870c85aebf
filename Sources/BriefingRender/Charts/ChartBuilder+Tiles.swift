/// KPI tiles: a grid of cards, each with a label, a large value with its unit, and an optional note.
extension ChartBuilder {
    static let tileLabelStyle = TextStyle(size: 9, color: Palette.note)
    static let tileUnitStyle = TextStyle(size: 10, color: RGBA(hex: 0x333333))
    static let tileNoteStyle = TextStyle(size: 8.5, bold: true)
    static let tileGap = 8.0, tilePad = 9.0, minTileWidth = 128.0

    /// Columns that fit, balanced so the last row is not left nearly empty (4 tiles in 3 columns → 2 × 2).
    var tileColumns: Int {
        let fit = max(1, Int((innerWidth + Self.tileGap) / (Self.minTileWidth + Self.tileGap)))
        let n = tileCount
        guard n > 0 else { return fit }
        let rows = (n + fit - 1) / fit
        return (n + rows - 1) / rows
    }
    var tileCount: Int { if case let .kpiTiles(t) = spec.mark { return t.count } else { return 0 } }

    struct TileContent {
        var label: TextBox; var value: TextBox; var unit: TextBox?; var unitBelow: Bool; var note: TextBox?
        var noteText: String?
        var height: Double {
            let valueLine = unitBelow ? value.height + (unit?.height ?? 0) : max(value.height, unit?.height ?? 0)
            return ChartBuilder.tilePad * 2 + 4 + label.height + 3 + valueLine + (note.map { 3 + $0.height } ?? 0)
        }
    }

    func tileContent(_ tile: KPITile, width: Double) throws -> TileContent {
        let inner = width - 2 * Self.tilePad - 4
        let label = try text.box(tile.label, style: Self.tileLabelStyle, width: inner, maxLines: 2)
        let unit = tile.unit.isEmpty ? nil : try text.box(tile.unit, style: Self.tileUnitStyle)
        var value = try text.box(tile.value, style: TextStyle(size: 20, bold: true))
        var unitBelow = false
        for size in [20.0, 18, 16, 14] {
            value = try text.box(tile.value, style: TextStyle(size: size, bold: true), width: inner, maxLines: 1)
            if value.width + 3 + (unit?.width ?? 0) <= inner { break }
            if size == 14 { unitBelow = true }
        }
        if unitBelow, let u = unit, u.width > inner {
            return TileContent(label: label, value: value, unit: try text.box(tile.unit, style: Self.tileUnitStyle, width: inner, maxLines: 1),
                               unitBelow: true, note: nil)
        }
        var noteText: String?
        var note: TextBox?
        if let n = tile.note, !n.isEmpty {
            noteText = tile.marker.map { $0.glyph + " " + n } ?? n
            note = try text.box(noteText!, style: Self.tileNoteStyle, width: inner, maxLines: 2)
        }
        return TileContent(label: label, value: value, unit: unit, unitBelow: unitBelow, note: note, noteText: noteText)
    }

    var tileWidth: Double {
        let cols = Double(tileColumns)
        return (innerWidth - (cols - 1) * Self.tileGap) / cols
    }

    func tilesHeight(_ tiles: [KPITile]) throws -> Double {
        let cols = tileColumns
        let contents = try tiles.map { try tileContent($0, width: tileWidth) }
        var total = 0.0
        for start in stride(from: 0, to: contents.count, by: cols) {
            total += contents[start..<min(start + cols, contents.count)].map(\.height).max()! + Self.tileGap
        }
        return total - Self.tileGap
    }

    mutating func layoutTiles(_ tiles: [KPITile], in body: Rect) throws {
        let cols = tileColumns, w = tileWidth
        let contents = try tiles.map { try tileContent($0, width: w) }
        var y = body.y
        layout.plotArea = body
        for start in stride(from: 0, to: contents.count, by: cols) {
            let rowHeight = contents[start..<min(start + cols, contents.count)].map(\.height).max()!
            for i in start..<min(start + cols, contents.count) {
                let c = contents[i], tile = tiles[i]
                let x = body.x + Double(i - start) * (w + Self.tileGap)
                let card = Rect(x: x, y: y, width: w, height: rowHeight)
                layout.add(.roundedRect(card, radius: 4, RGBA(hex: 0xF3F5F7)))
                layout.add(.rect(Rect(x: x, y: y, width: 4, height: rowHeight), tile.tone.color))
                layout.marks.append(MarkBox(index: i, rect: card, color: tile.tone.color))
                let ix = x + 4 + Self.tilePad
                var cy = y + Self.tilePad + 2
                layout.addText(tile.label, role: .tileLabel, box: c.label, at: Point(x: ix, y: cy))
                cy += c.label.height + 3
                layout.addText(tile.value, role: .tileValue, box: c.value, at: Point(x: ix, y: cy))
                if let u = c.unit {
                    if c.unitBelow {
                        layout.addText(tile.unit, role: .tileUnit, box: u, at: Point(x: ix, y: cy + c.value.height))
                        cy += c.value.height + u.height
                    } else {
                        let baseline = cy + c.value.firstBaseline
                        layout.addText(tile.unit, role: .tileUnit, box: u, at: Point(x: ix + c.value.width + 3, y: baseline - u.firstBaseline))
                        cy += max(c.value.height, u.height)
                    }
                } else {
                    cy += c.value.height
                }
                if let n = c.note, let t = c.noteText {
                    layout.addText(t, role: .tileNote, box: n, at: Point(x: ix, y: cy + 3), color: tile.tone.textColor)
                }
            }
            y += rowHeight + Self.tileGap
        }
    }
}
