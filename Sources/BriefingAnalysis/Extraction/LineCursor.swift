/// The original line of normalized positions asked for in text order, as
/// `Document.line(ofText:)` gives it: the cursor walks forward over the line starts instead of a
/// binary search over all of them per figure; a position before the last one asked for takes
/// the binary search.
struct LineCursor {
    private let document: Document
    /// Index into `document.lineStarts` of the line found last.
    private var index = 0

    init(_ document: Document) { self.document = document }

    mutating func line(ofText position: Int) -> Int {
        line(ofOriginal: Int(document.originalOffset[min(max(position, 0), document.text.count)]))
    }

    /// The line of original byte offset `offset`, as `Document.line(ofOriginal:)` gives it.
    mutating func line(ofOriginal offset: Int) -> Int {
        let starts = document.lineStarts
        guard index < starts.count, starts[index] <= offset else {
            let line = document.line(ofOriginal: offset)
            index = line - document.firstLine
            return line
        }
        while index + 1 < starts.count, starts[index + 1] <= offset { index += 1 }
        return index + document.firstLine
    }
}
