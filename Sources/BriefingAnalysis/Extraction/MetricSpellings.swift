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

    /// The metric as a Chinese text writes it: ingest folds full-width brackets to ASCII for
    /// matching; a metric shows them full-width again (居民消费价格（CPI）, 商品房销售面积（含预售）).
    static func written(_ scalars: Scalars) -> String {
        guard scalars.contains(where: { $0 == "(" || $0 == ")" }) else { return scalars.string }
        return String(String.UnicodeScalarView(scalars.map { $0 == "(" ? "（" : $0 == ")" ? "）" : $0 }))
    }

    /// The entry of `scalars`; `classify` is asked once per spelling.
    mutating func entry(_ scalars: Scalars, classify: (String) -> MetricPolarity) -> Entry {
        let h = ProbingTable<Scalars, Entry>.hash(scalars.lazy.map(\.value))
        if let known = table.value(hash: h, where: { $0 == scalars }) { return known }
        let name = Self.written(scalars)
        let made = Entry(name: name, polarity: classify(name))
        table.insert(hash: h, key: scalars, value: made)
        return made
    }
}
