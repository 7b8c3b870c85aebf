/// A table found on a page: its caption and unit lines, header rows and data rows (each a
/// row of fragments, left to right), and its columns as x ranges.
struct PDFTable: Sendable {
    var caption: [[Fragment]]
    var header: [[Fragment]]
    var rows: [[Fragment]]
    /// Column extents, left to right, from the data rows.
    var columns: [(x0: Double, x1: Double)]

    /// The column index of a fragment: the column holding its middle, else the one it overlaps
    /// most, else the nearest.
    func column(of f: Fragment) -> Int {
        let mid = (f.x0 + f.x1) / 2
        if let k = columns.firstIndex(where: { $0.x0 <= mid && mid <= $0.x1 }) { return k }
        let overlaps = columns.map { max(0, min($0.x1, f.x1) - max($0.x0, f.x0)) }
        if let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), overlaps[best] > 0 { return best }
        return columns.indices.min { abs((columns[$0].x0 + columns[$0].x1) / 2 - mid) < abs((columns[$1].x0 + columns[$1].x1) / 2 - mid) } ?? 0
    }

    /// Each column's header text (header rows joined, spaces removed). A header fragment is
    /// split into its cells first (``TableReader/headerCells(_:)``): one fragment may hold two
    /// columns' headers (`2021 年末（亿元） 比上年末增长（%）`).
    var headers: [String] {
        var out = [String](repeating: "", count: columns.count)
        for row in header {
            for f in row {
                for part in TableReader.headerCells(f) { out[column(of: part)] += part.text }
            }
        }
        return out
    }

    /// The caption lines as text, spaces removed.
    var captionText: String { caption.map { $0.map(\.text).joined(separator: " ") }.joined(separator: " ") }
}
