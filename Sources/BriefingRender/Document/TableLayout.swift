/// A table with every cell measured: column x positions, row heights, caption and notes.
struct TableLayout {
    struct Row { var cells: [TextBox]; var height: Double }
    let spec: TableSpec
    let columnX: [Double]      // left edge of each column, relative to the content left
    let columnWidths: [Double]
    let header: Row
    let rows: [Row]
    let caption: TextBox?
    let unit: TextBox?
    let source: TextBox?

    static let cellStyle = TextStyle(size: 9.5)
    static let headerStyle = TextStyle(size: 9.5, bold: true)
    static let captionStyle = TextStyle(size: 10.5, bold: true)
    static let padX = 5.0, padY = 4.0

    /// Measures a row; a cell longer than `maxLines` or its column's `maxLines` is shortened
    /// (see `fitted`).
    private static func row(_ cells: [String], spec: TableSpec, widths: [Double], style: TextStyle,
                            maxLines: Int? = nil, overflowNote: String? = nil, text: TextEngine) throws -> Row {
        var boxes: [TextBox] = []
        for (i, c) in spec.columns.enumerated() {
            let s = i < cells.count ? cells[i] : ""
            let width = widths[i] - 2 * padX
            var box = try text.box(s, style: style, width: width, alignment: c.alignment)
            let limit = min(maxLines ?? .max, c.maxLines.map { max(1, $0) } ?? .max)
            if box.lineCount > limit {
                box = try fitted(s, style: style, width: width, maxLines: limit, alignment: c.alignment,
                                 overflowNote: overflowNote, text: text)
            }
            boxes.append(box)
        }
        return Row(cells: boxes, height: (boxes.map(\.height).max() ?? 0) + 2 * padY)
    }

    var captionHeight: Double {
        guard caption != nil || unit != nil else { return 0 }
        return (caption?.height ?? 0) + (unit.map { $0.height + 1 } ?? 0) + 4
    }
    var sourceHeight: Double { source.map { $0.height + 4 } ?? 0 }

    /// Lines a caption, unit line or source note shows at most (then "…").
    static let maxNoteLines = 6
    static let maxHeaderLines = 4

    /// Lays `spec` out in `width`; no row is taller than half of `pageHeight` (the content height
    /// of a page) less the caption, header and source note: taller cells are shortened (see `fitted`).
    init(_ spec: TableSpec, width: Double, pageHeight: Double = .infinity, text: TextEngine) throws {
        guard !spec.columns.isEmpty else { throw RenderError.invalidSpec("table \"\(spec.caption ?? "")\": no columns") }
        if let bad = spec.rows.firstIndex(where: { $0.count > spec.columns.count }) {
            throw RenderError.invalidSpec("table \"\(spec.caption ?? "")\": row \(bad + 1) has \(spec.rows[bad].count) cells for \(spec.columns.count) columns")
        }
        self.spec = spec
        let total = spec.columns.map { max(0.01, $0.width) }.reduce(0, +)
        columnWidths = spec.columns.map { max(0.01, $0.width) / total * width }
        var x = 0.0
        columnX = columnWidths.map { w in defer { x += w }; return x }
        let widths = columnWidths
        let notes = Self.maxNoteLines
        let header = try Self.row(spec.columns.map(\.header), spec: spec, widths: widths, style: Self.headerStyle,
                                  maxLines: Self.maxHeaderLines, text: text)
        self.header = header
        let caption = try spec.caption.map { try text.box($0, style: Self.captionStyle, width: width, maxLines: notes) }
        let unit = try spec.unit.map { try text.box("单位：\($0)", style: .note, width: width, maxLines: notes) }
        let source = try spec.sourceNote.map { s in
            try text.box(s.hasPrefix("来源") || s.hasPrefix("资料来源") ? s : "来源：\(s)", style: .note, width: width, maxLines: notes)
        }
        self.caption = caption; self.unit = unit; self.source = source
        let captionHeight = caption == nil && unit == nil ? 0 : (caption?.height ?? 0) + (unit.map { $0.height + 1 } ?? 0) + 4
        // What one row may take: half of a page less the caption, header and source that may
        // share it (a row of a whole page would read as no table at all).
        let rowRoom = (pageHeight - captionHeight - header.height - (source.map { $0.height + 4 } ?? 0)) / 2
        let lineHeight = try text.box("字", style: Self.cellStyle).height
        let pageLines = rowRoom.isFinite ? max(1, Int((rowRoom - 2 * Self.padY) / lineHeight)) : Int.max
        rows = try spec.rows.map { cells in
            try Self.row(cells, spec: spec, widths: widths, style: Self.cellStyle, maxLines: pageLines == .max ? nil : pageLines,
                         overflowNote: spec.overflowNote, text: text)
        }
    }
}
