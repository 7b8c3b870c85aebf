/// Tables: caption, header row (repeated on every page), zebra rows, source note; tagged Table/TR/TH/TD.
extension PagePainter {
    mutating func drawTable(_ t: TableLayout, rows: Range<Int>, top: Double, header: Bool, caption: Bool, source: Bool) throws {
        let x = g.marginLeft, w = g.contentWidth
        var y = top
        begin("Table")
        if caption, t.captionHeight > 0 {
            begin("Caption")
            if let c = t.caption { context.showLayout(c.layout, at: Point(x: x, y: y), c.style.color); y += c.height }
            if let u = t.unit { context.showLayout(u.layout, at: Point(x: x, y: y + 1), u.style.color); y += u.height + 1 }
            y += 4
            try end("Caption")
        }
        func cells(_ row: TableLayout.Row, _ cellTag: String, color: RGBA?) throws {
            begin("TR")
            for (i, cell) in row.cells.enumerated() {
                begin(cellTag)
                context.showLayout(cell.layout, at: Point(x: x + t.columnX[i] + TableLayout.padX, y: y + TableLayout.padY), color ?? cell.style.color)
                try end(cellTag)
            }
            try end("TR")
        }
        context.strokePolyline([Point(x: x, y: y), Point(x: x + w, y: y)], Palette.axis, width: 0.9)
        if header {
            context.fillRect(Rect(x: x, y: y, width: w, height: t.header.height), RGBA(hex: 0xE8EDF2))
            try cells(t.header, "TH", color: nil)
            y += t.header.height
            context.strokePolyline([Point(x: x, y: y), Point(x: x + w, y: y)], Palette.axis, width: 0.6)
        }
        for r in rows {
            let row = t.rows[r]
            if r % 2 == 1 { context.fillRect(Rect(x: x, y: y, width: w, height: row.height), Palette.zebra) }
            try cells(row, "TD", color: nil)
            y += row.height
        }
        context.strokePolyline([Point(x: x, y: y), Point(x: x + w, y: y)], Palette.axis, width: 0.9)
        if !source && rows.upperBound < t.rows.count {
            // Tell the reader the table goes on.
            let more = try text.box("（续下页）", style: .note, width: w, alignment: .right)
            context.showLayout(more.layout, at: Point(x: x, y: y + 2), Palette.note)
        }
        if source, let s = t.source {
            begin("P")
            context.showLayout(s.layout, at: Point(x: x, y: y + 4), s.style.color)
            try end("P")
        }
        try end("Table")
    }
}
