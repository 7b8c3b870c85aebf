import Foundation

/// Internal: draws laid-out pages on a PDF surface with structure tags.
struct PagePainter {
    let surface: CairoSurface
    let context: CairoContext
    let doc: DocumentSpec
    let layout: DocumentLayout
    let text: TextEngine
    var tags = TagStack()
    var g: PageGeometry { layout.geometry }

    init(doc: DocumentSpec, layout: DocumentLayout, text: TextEngine) throws {
        surface = try CairoSurface.pdf(width: layout.geometry.width, height: layout.geometry.height)
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

    /// Draws every page; returns the finished PDF's bytes and its outline.
    mutating func drawAll() throws -> (bytes: [UInt8], outline: [PDFResult.OutlineEntry]) {
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
        return (try surface.finishedBytes(), outline)
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
        case let .title(box, subtitle, origin):
            begin("P")
            context.showLayout(box.layout, at: origin, box.style.color)
            try end("P")
            if let subtitle {
                begin("P")
                context.showLayout(subtitle.layout, at: Point(x: origin.x, y: origin.y + box.height + 4), subtitle.style.color)
                try end("P")
            }
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
        case let .sourceCrop(crop, origin):
            try drawSourceCrop(crop, at: origin)
        }
    }
}
