/// Fragments of one region grouped into visual rows (top to bottom), each row's fragments
/// left to right: a fragment joins a row when its vertical middle lies within half a font size
/// of the row's.
enum Rows {
    static func group(_ fragments: [Fragment]) -> [[Fragment]] {
        var rows: [[Fragment]] = []
        var middles: [Double] = []
        for f in fragments.sorted(by: { ($0.centerY, $0.x0) < ($1.centerY, $1.x0) }) {
            if let m = middles.last, abs(f.centerY - m) < 0.5 * min(f.size, rows[rows.count - 1][0].size) {
                rows[rows.count - 1].append(f)
                let row = rows[rows.count - 1]
                middles[middles.count - 1] = row.map(\.centerY).reduce(0, +) / Double(row.count)
            } else {
                rows.append([f]); middles.append(f.centerY)
            }
        }
        return rows.map { $0.sorted { $0.x0 < $1.x0 } }
    }
}
