/// A list of words matched longest first, bucketed by first and by last scalar so a lookup
/// compares only the few words that can match there (no hashing on the hot path).
///
/// A match gives the word's length: the word is the text's own scalars there. Each bucket's
/// words lie back to back in one buffer, so a lookup reads no array per word (no reference
/// counting, and the words it compares share cache lines).
struct WordList {
    /// The words, longest first.
    let words: [Scalars]
    private let byFirst: Buckets
    private let byLast: Buckets
    /// The scalars that start (end) a word: most positions start (or end) no word, and a bit
    /// test is cheaper than fetching the bucket.
    private let firsts: Filter
    private let lasts: Filter

    init(_ words: [String]) {
        let sorted = words.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        self.words = sorted
        byFirst = Buckets(sorted) { $0.first! }
        byLast = Buckets(sorted) { $0.last! }
        firsts = Filter(sorted.map { $0.first! })
        lasts = Filter(sorted.map { $0.last! })
    }

    @inline(__always) private static func has(_ filter: Filter, _ s: Unicode.Scalar) -> Bool { filter.mayContain(s.value) }

    /// The length of the longest word standing at `index` and ending by `limit`.
    /// (Inlined up to the bit test: callers try most positions of a clause, and most start no word.)
    @inline(__always) func match(in text: Scalars, at index: Int, limit: Int? = nil) -> Int? {
        let limit = limit ?? text.count
        guard index >= 0, index < limit, Self.has(firsts, text[index]) else { return nil }
        return longest(in: text, at: index, limit: min(limit, text.count))
    }

    private func longest(in text: Scalars, at index: Int, limit: Int) -> Int? {
        text.withUnsafeBufferPointer { t in
            byFirst.first(in: Int(t[index].value)) { word, n in
                index + n <= limit && stands(word, n, in: t, at: index)
            }
        }
    }

    /// The length of the longest word ending at `end` (exclusive) and starting at or after
    /// `lowerBound`.
    @inline(__always) func match(in text: Scalars, endingAt end: Int, lowerBound: Int = 0) -> Int? {
        guard end > 0, end <= text.count, Self.has(lasts, text[end - 1]) else { return nil }
        return longest(in: text, endingAt: end, lowerBound: max(lowerBound, 0))
    }

    private func longest(in text: Scalars, endingAt end: Int, lowerBound: Int) -> Int? {
        text.withUnsafeBufferPointer { t in
            byLast.first(in: Int(t[end - 1].value)) { word, n in
                end - n >= lowerBound && stands(word, n, in: t, at: end - n)
            }
        }
    }

    /// Whether `text[range]` is one of the words.
    func contains(_ text: Scalars, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= text.count else { return false }
        return text.withUnsafeBufferPointer { t in
            byFirst.first(in: Int(t[range.lowerBound].value)) { word, n in
                n == range.count && stands(word, n, in: t, at: range.lowerBound)
            } != nil
        }
    }

    func contains(_ text: Scalars) -> Bool { contains(text, 0..<text.count) }

    /// Whether `word` is one of the words, read from its UTF-8 where the string stores it
    /// contiguously (the scalar view's `first` and iterator cost more than the comparison).
    func contains(_ word: String) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ contains(utf8: $0) }) { return found }
        guard let f = word.unicodeScalars.first, Self.has(firsts, f) else { return false }
        return byFirst.first(in: Int(f.value)) { w, n in
            UnsafeBufferPointer(start: w, count: n).elementsEqual(word.unicodeScalars.lazy.map(\.value))
        } != nil
    }

    /// Whether the valid UTF-8 `utf8` spells one of the words.
    private func contains(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !utf8.isEmpty else { return false }
        let f = decodeUTF8(utf8, at: 0).value
        guard firsts.mayContain(f) else { return false }
        return byFirst.first(in: Int(f)) { w, n in
            var at = 0
            for k in 0..<n {
                guard at < utf8.count else { return false }
                let (value, length) = decodeUTF8(utf8, at: at)
                guard value == w[k] else { return false }
                at += length
            }
            return at == utf8.count
        } != nil
    }

    /// Whether any of the words stands wholly inside `text[range]`.
    func occurs(in text: Scalars, _ range: Range<Int>) -> Bool {
        for i in range where match(in: text, at: i, limit: range.upperBound) != nil { return true }
        return false
    }
}

/// One bit for each scalar value & 4095: no scalar of the set is missed, and few others pass
/// (a lookup past the filter compares the words, so it stays exact). Half a kilobyte, where an
/// exact bitmap of the BMP took 8 KB a list, to clear and to keep in cache.
private struct Filter {
    private var bits = [UInt64](repeating: 0, count: 64)

    init(_ scalars: [Unicode.Scalar]) {
        for s in scalars { bits[Int(s.value >> 6) & 63] |= 1 << UInt64(s.value & 63) }
    }

    @inline(__always) func mayContain(_ value: UInt32) -> Bool {
        bits.withUnsafeBufferPointer { $0[Int(value >> 6) & 63] & (1 << UInt64(value & 63)) != 0 }
    }
}

/// Words grouped by one scalar each (its value & 255), each group longest first, in one
/// table: a lookup reads one buffer, the words of a group side by side. (The filter before a
/// lookup lets few scalars through that start or end no word, and the lists are short: 256
/// groups keep the table and its making small.)
private struct Buckets {
    private static let groups = 256

    /// The first `groups + 1` entries bound the groups: group `b` is
    /// `table[table[b]..<table[b + 1]]`, each word there its length followed by its scalars' values.
    private let table: [UInt32]

    /// `sorted` longest first; `key` picks the scalar a word is grouped by.
    init(_ sorted: [Scalars], by key: (Scalars) -> Unicode.Scalar) {
        let groups = Self.groups
        let group = sorted.map { Int(key($0).value) & (groups - 1) }
        // Group by group, each in the words' order in `sorted`.
        let order = sorted.indices.sorted { (group[$0], $0) < (group[$1], $1) }
        var table = [UInt32](repeating: 0, count: groups + 1)
        for i in order {
            table[group[i] + 1] += 1 + UInt32(sorted[i].count)
        }
        table[0] = UInt32(groups + 1)
        for b in 0..<groups { table[b + 1] += table[b] }
        for i in order {
            table.append(UInt32(sorted[i].count))
            for s in sorted[i] { table.append(s.value) }
        }
        self.table = table
    }

    /// The length of the first word of the group of `value` that `accept` accepts (given the
    /// word's scalar values and length), in order.
    @inline(__always) func first(in value: Int, where accept: (UnsafePointer<UInt32>, Int) -> Bool) -> Int? {
        table.withUnsafeBufferPointer { t in
            let b = value & (Self.groups - 1)
            var k = Int(t[b])
            let end = Int(t[b + 1])
            while k < end {
                let n = Int(t[k])
                if accept(t.baseAddress! + k + 1, n) { return n }
                k += 1 + n
            }
            return nil
        }
    }
}

/// Whether the `count` scalar values at `word` stand in `text` at `index` (the caller checks
/// that they fit).
@inline(__always) private func stands(_ word: UnsafePointer<UInt32>, _ count: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> Bool {
    var k = 0
    while k < count {
        if word[k] != text[index &+ k].value { return false }
        k &+= 1
    }
    return true
}

/// The scalar value starting at `i` in valid UTF-8, and its length in bytes.
@inline(__always) private func decodeUTF8(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
    let b0 = UInt32(u[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(u[i + 1]) & 0x3F, 2) }
    if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | (UInt32(u[i + 1]) & 0x3F) << 6 | UInt32(u[i + 2]) & 0x3F, 3) }
    return ((b0 & 0x07) << 18 | (UInt32(u[i + 1]) & 0x3F) << 12 | (UInt32(u[i + 2]) & 0x3F) << 6 | UInt32(u[i + 3]) & 0x3F, 4)
}
