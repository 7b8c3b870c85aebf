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

    private static func row(_ cells: [String], spec: TableSpec, widths: [Double], style: TextStyle, text: TextEngine) throws -> Row {
        var boxes: [TextBox] = []
        for (i, c) in spec.columns.enumerated() {
            let s = i < cells.count ? cells[i] : ""
            boxes.append(try text.box(s, style: style, width: widths[i] - 2 * padX, alignment: c.alignment))
        }
        return Row(cells: boxes, height: (boxes.map(\.height).max() ?? 0) + 2 * padY)
    }

    var captionHeight: Double {
        guard caption != nil || unit != nil else { return 0 }
        return (caption?.height ?? 0) + (unit.map { $0.height + 1 } ?? 0) + 4
    }
    var sourceHeight: Double { source.map { $0.height + 4 } ?? 0 }

    init(_ spec: TableSpec, width: Double, text: TextEngine) throws {
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
        header = try Self.row(spec.columns.map(\.header), spec: spec, widths: widths, style: Self.headerStyle, text: text)
        rows = try spec.rows.map { try Self.row($0, spec: spec, widths: widths, style: Self.cellStyle, text: text) }
        caption = try spec.caption.map { try text.box($0, style: Self.captionStyle, width: width) }
        unit = try spec.unit.map { try text.box("单位：\($0)", style: .note, width: width) }
        source = try spec.sourceNote.map { s in
            try text.box(s.hasPrefix("来源") || s.hasPrefix("资料来源") ? s : "来源：\(s)", style: .note, width: width)
        }
    }
}
