/// Small helpers for matching words in arrays of Unicode scalars.
///
/// The extractor works on `[Unicode.Scalar]` slices of the normalized text rather than on
/// `String`, so positions stay plain integers that map back to the original through `Document`.
typealias Scalars = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
    /// Whether `word` stands at `index`.
    func matches(_ word: Scalars, at index: Int) -> Bool {
        guard index >= 0, index + word.count <= count else { return false }
        for (k, s) in word.enumerated() where self[index + k] != s { return false }
        return true
    }

    /// Whether `word` ends exactly at `end` (exclusive).
    func matches(_ word: Scalars, endingAt end: Int) -> Bool { matches(word, at: end - word.count) }

    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[range.clamped(to: 0..<count)])
        return String(view)
    }

    var string: String { string(0..<count) }

    /// First index ≥ `from` where `word` stands, before `upTo`.
    func firstIndex(of word: Scalars, from: Int = 0, upTo: Int? = nil) -> Int? {
        let limit = (upTo ?? count) - word.count
        guard !word.isEmpty, from <= limit else { return nil }
        var i = Swift.max(from, 0)
        while i <= limit { if matches(word, at: i) { return i }; i += 1 }
        return nil
    }
}

extension Unicode.Scalar {
    /// CJK unified ideographs (BMP blocks used in modern text).
    var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }
    var isDigit: Bool { ("0"..."9").contains(self) }
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

/// A list of words matched longest first.
struct WordList {
    let words: [Scalars]

    init(_ words: [String]) {
        self.words = words.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    /// The longest word standing at `index`.
    func match(in text: Scalars, at index: Int) -> Scalars? {
        words.first { text.matches($0, at: index) }
    }

    /// The longest word ending at `end` (exclusive).
    func match(in text: Scalars, endingAt end: Int) -> Scalars? {
        words.first { text.matches($0, endingAt: end) }
    }

    func contains(_ text: Scalars) -> Bool { words.contains(text) }
}
