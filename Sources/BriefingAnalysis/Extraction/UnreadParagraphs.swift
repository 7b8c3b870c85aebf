/// Body paragraphs whose context (last organisation, last year) is not read yet. Most
/// paragraphs state no figure, or none that needed it, and what they name matters only when a
/// later figure falls back on it, so they are read then, latest first: the latest one that
/// names something decides, exactly as if every paragraph had been read in order.
struct UnreadParagraphs {
    private var ranges: [Range<Int>] = []

    mutating func append(_ range: Range<Int>) { ranges.append(range) }

    /// A later assignment makes the unread paragraphs irrelevant.
    mutating func removeAll() { ranges.removeAll(keepingCapacity: true) }

    /// The answer of the latest paragraph that has one (`read` gives nil for none); all are
    /// then read, as far as they matter, and forgotten.
    mutating func latest<T>(_ read: (Range<Int>) -> T?) -> T? {
        defer { removeAll() }
        while let range = ranges.popLast() {
            if let found = read(range) { return found }
        }
        return nil
    }
}
