import Foundation

/// Writes a ``DocumentSpec`` as a tagged A4 PDF with outline, linked table of contents,
/// running header and footer, and metadata.
///
/// Two passes: the document is laid out and paginated first (so every heading's page is known),
/// then drawn. Dates come from the metadata, else `SOURCE_DATE_EPOCH`: two runs give identical bytes.
///
/// ```swift
/// let result = try PDFWriter().write(doc, to: URL(fileURLWithPath: "Reports/briefing.pdf"))
/// print(result.pageCount, result.outline.count)
/// ```
public struct PDFWriter: Sendable {
    public var glyphPolicy: GlyphPolicy
    public var geometry: PageGeometry
    public init(glyphPolicy: GlyphPolicy = .error, geometry: PageGeometry = .a4) {
        self.glyphPolicy = glyphPolicy; self.geometry = geometry
    }

    /// Lays out and paginates `doc` without drawing.
    public func paginate(_ doc: DocumentSpec) throws -> Pagination {
        try RenderLock.run { try DocumentLayout(doc, geometry: geometry, text: TextEngine(glyphPolicy: glyphPolicy)).summary }
    }

    /// Writes `doc` to `url` (folders created, atomic rename) and says what it contains.
    @discardableResult
    public func write(_ doc: DocumentSpec, to url: URL) throws -> PDFResult {
        try RenderLock.run {
            let text = try TextEngine(glyphPolicy: glyphPolicy)
            let layout = try DocumentLayout(doc, geometry: geometry, text: text)
            var outline: [PDFResult.OutlineEntry] = []
            try AtomicFile.write(to: url) { path in
                var painter = try PagePainter(path: path, doc: doc, layout: layout, text: text)
                outline = try painter.drawAll()
            }
            return PDFResult(pageCount: layout.pages.count, outline: outline, warnings: text.warnings)
        }
    }
}

/// Internal: draws laid-out pages on a PDF surface with structure tags.
struct PagePainter {
    let surface: CairoSurface
    let context: CairoContext
    let doc: DocumentSpec
    let layout: DocumentLayout
    let text: TextEngine
    var tags = TagStack()
    var g: PageGeometry { layout.geometry }

    init(path: String, doc: DocumentSpec, layout: DocumentLayout, text: TextEngine) throws {
        surface = try CairoSurface.pdf(path: path, width: layout.geometry.width, height: layout.geometry.height)
        context = try CairoContext(surface: surface)
        self.doc = doc; self.layout = layout; self.text = text
    }

    static func pdfDate(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var tm = tm()
        gmtime_r(&t, &tm)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(tm.tm_year + 1900)-\(two(tm.tm_mon + 1))-\(two(tm.tm_mday))T\(two(tm.tm_hour)):\(two(tm.tm_min)):\(two(tm.tm_sec))"
    }

    mutating func begin(_ name: String, _ attributes: String = "") {
        tags.begin(name)
        context.tagBegin(name, attributes: attributes)
    }

    mutating func end(_ name: String) throws {
        try tags.end(name)
        context.tagEnd(name)
    }

    mutating func drawAll() throws -> [PDFResult.OutlineEntry] {
        let m = doc.metadata
        try surface.pdfSetMetadata(.title, m.title)
        if !m.author.isEmpty { try surface.pdfSetMetadata(.author, m.author) }
        if !m.subject.isEmpty { try surface.pdfSetMetadata(.subject, m.subject) }
        if !m.keywords.isEmpty { try surface.pdfSetMetadata(.keywords, m.keywords.joined(separator: ", ")) }
        if !m.creator.isEmpty { try surface.pdfSetMetadata(.creator, m.creator) }
        let date = Self.pdfDate(m.resolvedDate())
        try surface.pdfSetMetadata(.createDate, date)
        try surface.pdfSetMetadata(.modDate, date)

        let total = layout.pages.count
        begin("Document")
        for (index, page) in layout.pages.enumerated() {
            try drawRunning(page: index + 1, of: total)
            for block in page { try draw(block) }
            if index == total - 1 { try end("Document") }
            try context.checkStatus("drawing page \(index + 1)")
            try context.showPage()
        }
        try tags.finish()

        // Outline: level 1 under the root, deeper levels under the nearest shallower heading.
        var outline: [PDFResult.OutlineEntry] = []
        var parents: [Int: Int32] = [0: 0]
        for h in layout.headings {
            let parent = (1..<h.level).reversed().compactMap { parents[$0] }.first ?? 0
            let id = try surface.pdfAddOutline(parent: parent, title: h.text, linkAttributes: "dest='\(h.anchor)'", open: h.level == 1)
            parents[h.level] = id
            for deeper in (h.level + 1)...4 { parents[deeper] = nil }
            outline.append(PDFResult.OutlineEntry(level: h.level, title: h.text, page: h.page + 1))
        }
        try surface.finish()
        return outline
    }

    private func drawRunning(page: Int, of total: Int) throws {
        let header = doc.runningHeader ?? doc.metadata.title
        let hb = try text.box(header, style: .note, width: g.contentWidth, maxLines: 1)
        context.showLayout(hb.layout, at: Point(x: g.marginLeft, y: 34), Palette.note)
        context.strokePolyline([Point(x: g.marginLeft, y: 52), Point(x: g.width - g.marginRight, y: 52)], Palette.grid, width: 0.6)
        let footer = doc.pageNumbers == .chinese ? "第 \(page) 页 / 共 \(total) 页" : "\(page) / \(total)"
        let fb = try text.box(footer, style: .note, width: g.contentWidth, alignment: .center)
        context.showLayout(fb.layout, at: Point(x: g.marginLeft, y: g.contentBottom + 30), Palette.note)
    }

    private mutating func draw(_ block: PlacedBlock) throws {
        switch block {
        case let .heading(level, box, origin, anchor):
            let tag = "H\(level)"
            begin(tag)
            begin("cairo.dest", "name='\(anchor)'")
            context.showLayout(box.layout, at: origin, box.style.color)
            try end("cairo.dest")
            try end(tag)
        case let .lines(box, lines, top, lh, x):
            begin("P")
            let metrics = box.layout.lineMetrics()
            for i in lines {
                let m = metrics[i]
                let lineTop = top + Double(i - lines.lowerBound) * lh
                let baseline = lineTop + (lh - (m.ascent + m.descent)) / 2 + m.ascent
                context.showLayoutLine(box.layout, line: i, baseline: Point(x: x + m.x, y: baseline), box.style.color)
            }
            try end("P")
        case let .chart(chart, origin):
            begin("Figure")
            context.save()
            context.translate(origin.x, origin.y)
            chart.draw(on: CairoBackend(context))
            context.restore()
            try end("Figure")
        case let .table(t, rows, top, header, caption, source):
            try drawTable(t, rows: rows, top: top, header: header, caption: caption, source: source)
        case let .tocTitle(box, origin):
            begin("P")
            context.showLayout(box.layout, at: origin, box.style.color)
            try end("P")
        case let .tocEntry(index, top):
            try drawTOCEntry(index, top: top)
        }
    }

    private mutating func drawTable(_ t: TableLayout, rows: Range<Int>, top: Double, header: Bool, caption: Bool, source: Bool) throws {
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

    private mutating func drawTOCEntry(_ index: Int, top: Double) throws {
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
