/// A block placed on a page, in page coordinates.
enum PlacedBlock {
    case title(box: TextBox, subtitle: TextBox?, origin: Point)
    case heading(level: Int, box: TextBox, origin: Point, anchor: String)
    /// Lines `lines` of a paragraph; the first at `top`, each `lineHeight` tall.
    case lines(box: TextBox, lines: Range<Int>, top: Double, lineHeight: Double, x: Double)
    case chart(ChartLayout, origin: Point)
    /// Rows `rows` of a table; with the header row when `header`, caption when `caption`, source when `source`.
    case table(TableLayout, rows: Range<Int>, top: Double, header: Bool, caption: Bool, source: Bool)
    case tocTitle(box: TextBox, origin: Point)
    case tocEntry(index: Int, top: Double)
    case sourceCrop(SourceCropLayout, origin: Point)
}

/// A heading as it lands: level, text, anchor, page (0-based).
struct HeadingRecord { let level: Int; let text: String; let anchor: String; var page: Int }

/// Internal: the document after layout — pages of placed blocks, headings with pages.
struct DocumentLayout {
    var pages: [[PlacedBlock]] = [[]]
    var headings: [HeadingRecord] = []
    let geometry: PageGeometry

    static let tocEntryHeight = 20.0
    /// Lines a title, subtitle or heading shows at most (then "…"): none can fill a page.
    static let maxTitleLines = 4

    /// Whether `text` holds a Latin run too long to break (a file name such as
    /// `blind_aluminium_company.txt`): justifying the line before it spreads that line's
    /// characters apart, so such a paragraph is set ragged-right instead.
    static func hasLongLatinRun(_ text: String, longerThan limit: Int = 16) -> Bool {
        var run = 0
        for u in text.unicodeScalars {
            if u.value < 0x80 && u.value > 0x20 {
                run += 1
                if run > limit { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    static func headingStyle(_ level: Int) -> TextStyle {
        level <= 1 ? .section : level == 2 ? .subsection : TextStyle(size: 11, bold: true, lineHeight: 1.4)
    }
    static func headingSpace(_ level: Int) -> (before: Double, after: Double) {
        level <= 1 ? (20, 10) : level == 2 ? (14, 7) : (10, 5)
    }

    private enum Piece {
        case title(box: TextBox, subtitle: TextBox?)
        case heading(level: Int, box: TextBox, anchor: String)
        case paragraph(box: TextBox, lineHeight: Double, spaceAfter: Double)
        case chart(ChartLayout)
        case table(TableLayout)
        case spacer(Double)
        case pageBreak
        case toc(title: TextBox)
        case crop(SourceCropLayout)
    }

    init(_ doc: DocumentSpec, geometry: PageGeometry = .a4, text: TextEngine) throws {
        self.geometry = geometry
        let width = geometry.contentWidth
        let contentHeight = geometry.contentHeight
        var pieces: [Piece] = []
        var headingIndex = 0
        var tocEntries = 0
        for block in doc.blocks {
            switch block {
            case let .title(t, subtitle):
                pieces.append(.title(box: try text.box(t, style: .title, width: width, maxLines: Self.maxTitleLines),
                                     subtitle: try subtitle.map { try text.box($0, style: TextStyle.note.with(size: 10.5), width: width,
                                                                               maxLines: Self.maxTitleLines) }))
            case let .heading(level, t):
                guard (1...3).contains(level) else { throw RenderError.invalidSpec("heading \"\(t)\": level \(level) is not 1, 2 or 3") }
                let anchor = "h\(headingIndex)"
                headingIndex += 1
                headings.append(HeadingRecord(level: level, text: t, anchor: anchor, page: 0))
                if level <= 2 { tocEntries += 1 }
                pieces.append(.heading(level: level, box: try text.box(t, style: Self.headingStyle(level), width: width,
                                                                     maxLines: Self.maxTitleLines), anchor: anchor))
            case let .paragraph(t, style):
                let s: TextStyle = style == .body ? .body : .note
                let box = try text.box(t, style: s, width: width, justify: style == .body && !Self.hasLongLatinRun(t))
                pieces.append(.paragraph(box: box, lineHeight: (s.size * s.lineHeight).rounded(toPlaces: 2), spaceAfter: style == .body ? 7 : 5))
            case let .chart(spec, height):
                pieces.append(.chart(try ChartLayout.fitting(spec, width: width, height: height, pageHeight: contentHeight, text: text)))
            case let .table(spec):
                pieces.append(.table(try TableLayout(spec, width: width, pageHeight: contentHeight, text: text)))
            case let .tiles(tiles, source):
                let spec = ChartSpec(title: "", unit: "", sourceNote: source, mark: .kpiTiles(tiles))
                pieces.append(.chart(try ChartLayout(spec, width: width, height: nil, text: text, padding: (0, 4))))
            case let .sourceCrop(spec):
                pieces.append(.crop(try SourceCropLayout(spec, width: width, text: text)))
            case let .spacer(h):
                pieces.append(.spacer(max(0, h)))
            case .pageBreak:
                pieces.append(.pageBreak)
            case let .tableOfContents(title):
                pieces.append(.toc(title: try text.box(title, style: .section, width: width)))
            }
        }
        try paginate(pieces, tocEntries: tocEntries)
    }

    private var y = 0.0
    private var page: Int { pages.count - 1 }
    private var atTop: Bool { pages[page].isEmpty }

    private mutating func newPage() {
        pages.append([])
        y = geometry.contentTop
    }

    private var room: Double { geometry.contentBottom - y }
    private var contentHeight: Double { geometry.contentHeight }

    /// The least of `piece` that must follow a heading on the same page.
    private func minimumChunk(_ pieces: [Piece], from i: Int) -> Double {
        guard i < pieces.count else { return 0 }
        switch pieces[i] {
        case let .heading(level, box, _):
            let s = Self.headingSpace(level)
            return s.before + box.height + s.after + minimumChunk(pieces, from: i + 1)
        case let .paragraph(box, lh, _): return Double(min(box.lineCount, 2)) * lh
        case let .chart(c): return c.height
        case let .table(t): return t.captionHeight + t.header.height + (t.rows.first?.height ?? 0) + (t.rows.count == 1 ? t.sourceHeight : 0)
        case .spacer, .pageBreak: return 0
        case let .title(box, subtitle): return box.height + (subtitle.map { $0.height + 4 } ?? 0) + 18
        case let .toc(title): return title.height + 10 + Self.tocEntryHeight
        case let .crop(c): return c.height
        }
    }

    private mutating func paginate(_ pieces: [Piece], tocEntries: Int) throws {
        y = geometry.contentTop
        var headingCursor = 0
        let x = geometry.marginLeft
        for (i, piece) in pieces.enumerated() {
            switch piece {
            case let .heading(level, box, anchor):
                let s = Self.headingSpace(level)
                let need = (atTop ? 0 : s.before) + box.height + s.after + minimumChunk(pieces, from: i + 1)
                if need > room && !atTop { newPage() }
                if !atTop { y += s.before }
                pages[page].append(.heading(level: level, box: box, origin: Point(x: x, y: y), anchor: anchor))
                headings[headingCursor].page = page
                headingCursor += 1
                y += box.height + s.after
            case let .paragraph(box, lh, spaceAfter):
                let n = box.lineCount
                var start = 0
                while start < n {
                    let left = n - start
                    let fit = Int((room + 0.01) / lh)
                    if fit >= left {
                        pages[page].append(.lines(box: box, lines: start..<n, top: y, lineHeight: lh, x: x))
                        y += Double(left) * lh
                        start = n
                    } else {
                        // No orphan (≥2 lines at the page end) and no widow (≥2 lines carried over).
                        let take = min(fit, left - 2)
                        if take < 2 || left <= 3 {
                            if atTop {  // a line taller than the page cannot happen; place what fits
                                let t = max(1, fit)
                                pages[page].append(.lines(box: box, lines: start..<(start + t), top: y, lineHeight: lh, x: x))
                                start += t
                            }
                            newPage()
                            continue
                        }
                        pages[page].append(.lines(box: box, lines: start..<(start + take), top: y, lineHeight: lh, x: x))
                        start += take
                        newPage()
                    }
                }
                y += spaceAfter
            case let .title(box, subtitle):
                let h = box.height + (subtitle.map { $0.height + 4 } ?? 0)
                if h + minimumChunk(pieces, from: i + 1) > room && !atTop { newPage() }
                pages[page].append(.title(box: box, subtitle: subtitle, origin: Point(x: x, y: y)))
                y += h + 18
            case let .chart(c):
                if c.height > room && !atTop { newPage() }
                pages[page].append(.chart(c, origin: Point(x: x, y: y)))
                y += c.height + 10
            case let .table(t):
                try placeTable(t)
            case let .crop(c):
                if c.height > room && !atTop { newPage() }
                pages[page].append(.sourceCrop(c, origin: Point(x: x, y: y)))
                y += c.height + SourceCropLayout.spaceAfter
            case let .spacer(h):
                if h >= room { if !atTop { newPage() } } else { y += h }
            case .pageBreak:
                if !atTop { newPage() }
            case let .toc(title):
                if title.height + 10 + Self.tocEntryHeight > room && !atTop { newPage() }
                pages[page].append(.tocTitle(box: title, origin: Point(x: x, y: y)))
                y += title.height + 10
                for e in 0..<tocEntries {
                    if Self.tocEntryHeight > room { newPage() }
                    pages[page].append(.tocEntry(index: e, top: y))
                    y += Self.tocEntryHeight
                }
                y += 10
            }
        }
        if pages.count > 1, pages[page].isEmpty { pages.removeLast() }
    }

    private mutating func placeTable(_ t: TableLayout) throws {
        let first = minimumChunk([.table(t)], from: 0)
        if first > room && !atTop { newPage() }
        var start = 0
        var firstFragment = true
        if t.rows.isEmpty {
            pages[page].append(.table(t, rows: 0..<0, top: y, header: true, caption: true, source: true))
            y += t.captionHeight + t.header.height + t.sourceHeight + 12
            return
        }
        while start < t.rows.count {
            let showHeader = firstFragment || t.spec.repeatHeader
            var used = (firstFragment ? t.captionHeight : 0) + (showHeader ? t.header.height : 0)
            var end = start
            while end < t.rows.count {
                let isLast = end == t.rows.count - 1
                let h = t.rows[end].height + (isLast ? t.sourceHeight : 0)
                if used + h > room + 0.01 { break }
                used += t.rows[end].height
                end += 1
            }
            if end == start {  // not even one row fits here
                if atTop {  // cannot happen (TableLayout shortens rows to a page); place it anyway
                    used += t.rows[end].height
                    end += 1
                } else {
                    newPage()
                    continue
                }
            }
            let top = y
            let done = end == t.rows.count
            pages[page].append(.table(t, rows: start..<end, top: top, header: showHeader, caption: firstFragment, source: done))
            y += used + (done ? t.sourceHeight : 0)
            firstFragment = false
            start = end
            if !done { newPage() }
        }
        y += 12
    }
}

extension Double {
    func rounded(toPlaces p: Int) -> Double {
        var m = 1.0
        for _ in 0..<p { m *= 10 }
        return (self * m).rounded() / m
    }
}
