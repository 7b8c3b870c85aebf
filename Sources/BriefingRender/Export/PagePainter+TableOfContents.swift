/// Table-of-contents entries: title, dotted leader and page number, linked to the heading (TOCI > Link).
extension PagePainter {
    mutating func drawTOCEntry(_ index: Int, top: Double) throws {
        let entries = layout.headings.filter { $0.level <= 2 }
        guard index < entries.count else { return }
        let h = entries[index]
        let indent = h.level == 1 ? 0.0 : 16.0
        let style = h.level == 1 ? TextStyle.body.with(bold: true) : TextStyle.body
        let numberBox = try text.box("\(h.page + 1)", style: style)
        let titleBox = try text.box(h.text, style: style, width: g.contentWidth - indent - 48, maxLines: 1)
        let x = g.marginLeft + indent
        let y = top + (DocumentLayout.tocEntryHeight - titleBox.height) / 2
        begin("TOCI")
        begin("Link", "dest='\(h.anchor)'")
        context.showLayout(titleBox.layout, at: Point(x: x, y: y), style.color)
        let baseline = y + titleBox.firstBaseline
        let leaderStart = x + titleBox.width + 6, leaderEnd = g.width - g.marginRight - numberBox.width - 6
        if leaderEnd > leaderStart {
            context.strokePolyline([Point(x: leaderStart, y: baseline), Point(x: leaderEnd, y: baseline)], Palette.neutral, width: 0.8, dash: [0.8, 2.6])
        }
        context.showLayout(numberBox.layout, at: Point(x: g.width - g.marginRight - numberBox.width, y: y), style.color)
        try end("Link")
        try end("TOCI")
    }
}
