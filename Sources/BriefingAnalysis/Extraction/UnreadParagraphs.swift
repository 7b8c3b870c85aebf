/// Body paragraphs whose context (last organisation, last year) is not read yet. Most
/// paragraphs state no figure, or none that needed it, and what they name matters only when a
/// later figure falls back on it, so they are read then, latest first: the latest one that
/// names something decides, exactly as if every paragraph had been read in order.
///
/// A paragraph is its range, or what stands for it: a reader part way through it (the
/// organisations its figures asked about).
struct UnreadParagraphs<Paragraph> {
    private var paragraphs: [Paragraph] = []

    mutating func append(_ paragraph: Paragraph) { paragraphs.append(paragraph) }

    /// A later assignment makes the unread paragraphs irrelevant.
    mutating func removeAll() { paragraphs.empty() }

    /// The answer of the latest paragraph that has one (`read` gives nil for none); all are
    /// then read, as far as they matter, and forgotten.
    mutating func latest<T>(_ read: (Paragraph) -> T?) -> T? {
        defer { removeAll() }
        while let paragraph = paragraphs.popLast() {
            if let found = read(paragraph) { return found }
        }
        return nil
    }
}
