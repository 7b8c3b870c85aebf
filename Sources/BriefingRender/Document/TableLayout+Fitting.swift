/// Shortening a table cell that is taller than it may be, so that no content makes a table
/// (and so the document) fail: a list keeps its first items and says how many there are.
extension TableLayout {
    /// Items of a list cell are separated by this ("第3、5、9行", "a:3、b:5").
    static let itemSeparator = "、"

    /// `text` in at most `maxLines` lines. A list of items ("a:3、b:5、…") keeps as many of its
    /// first items as fit and ends "…等N处" (N: all items), then `overflowNote` ("，全部见
    /// figures.csv"); text that is no list, or whose first item alone is too long, is cut with "…".
    ///
    /// ```
    /// fitted("a:1、a:2、…、a:150", maxLines: 2, overflowNote: "全部见figures.csv")
    /// // "a:1、a:2、a:3、a:4…等150处，全部见figures.csv"
    /// ```
    static func fitted(_ text: String, style: TextStyle, width: Double, maxLines: Int, alignment: TextAlignment,
                       overflowNote: String?, text engine: TextEngine) throws -> TextBox {
        let items = text.components(separatedBy: itemSeparator)
        if items.count > 1 {
            let tail = "…等\(items.count)处" + (overflowNote.map { "，" + $0 } ?? "")
            func candidate(_ k: Int) -> String { items[..<k].joined(separator: itemSeparator) + tail }
            // The largest k whose shortened text fits (lines grow with k): binary search.
            var lo = 0, hi = items.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if try engine.box(candidate(mid), style: style, width: width, alignment: alignment).lineCount <= maxLines {
                    lo = mid
                } else {
                    hi = mid - 1
                }
            }
            if lo > 0 { return try engine.box(candidate(lo), style: style, width: width, alignment: alignment) }
        }
        return try engine.box(text, style: style, width: width, maxLines: maxLines, alignment: alignment)
    }
}
