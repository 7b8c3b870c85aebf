/// What the taxonomy says of a metric: its category, and whether up and down are improvements.
typealias MetricPolarity = (category: Figure.Category, up: Bool?, down: Bool?)

/// Metrics by spelling, looked up by their scalars: the String made from them and what the
/// taxonomy says of it, made once per spelling. Metrics repeat: a hit shares the String made
/// before instead of encoding, validating and allocating another (the same contents, so output
/// is unchanged), and skips hashing that String again for the taxonomy.
struct MetricSpellings {
    struct Entry {
        let name: String
        let polarity: MetricPolarity
    }

    private var table = ProbingTable<Scalars, Entry>(capacity: 256)
    /// Whether the text writes its brackets full-width (see `written`).
    let fullWidthBrackets: Bool

    init(fullWidthBrackets: Bool = true) { self.fullWidthBrackets = fullWidthBrackets }

    /// The metric as its text writes it: ingest folds full-width brackets to ASCII for
    /// matching; a metric shows them full-width again (居民消费价格（CPI）) unless the text writes
    /// them in ASCII (细颗粒物(PM2.5)浓度), as web pages often do.
    static func written(_ scalars: Scalars, fullWidth: Bool = true) -> String {
        guard fullWidth, scalars.contains(where: { $0 == "(" || $0 == ")" }) else { return scalars.string }
        return String(String.UnicodeScalarView(scalars.map { $0 == "(" ? "（" : $0 == ")" ? "）" : $0 }))
    }

    /// Whether `original` (UTF-8 bytes; its first 64 KB are read) has at least as many
    /// full-width opening brackets as ASCII ones.
    static func writesFullWidthBrackets(_ original: [UInt8]) -> Bool {
        original.withUnsafeBufferPointer { bytes in
            var ascii = 0, full = 0
            let n = min(bytes.count, 1 << 16)
            var k = 0
            while k < n {
                let b = bytes[k]
                if b == 0x28 { ascii += 1 } else if b == 0xEF, k + 2 < n, bytes[k + 1] == 0xBC, bytes[k + 2] == 0x88 { full += 1; k += 2 }
                k += 1
            }
            return full >= ascii
        }
    }

    /// The entry of `scalars`; `classify` is asked once per spelling.
    mutating func entry(_ scalars: Scalars, classify: (String) -> MetricPolarity) -> Entry {
        let h = ProbingTable<Scalars, Entry>.hash(scalars.lazy.map(\.value))
        if let known = table.value(hash: h, where: { $0 == scalars }) { return known }
        let name = Self.written(scalars, fullWidth: fullWidthBrackets)
        let made = Entry(name: name, polarity: classify(name))
        table.insert(hash: h, key: scalars, value: made)
        return made
    }
}
