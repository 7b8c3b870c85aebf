/// Strings made from scalars, looked up by the scalars: metrics repeat, and a hit shares the
/// String made before instead of encoding, validating and allocating another (the same
/// contents, so output is unchanged).
struct StringCache {
    private var table = ProbingTable<Scalars, String>(capacity: 256)

    /// `scalars.string`, made once per spelling.
    mutating func string(_ scalars: Scalars) -> String {
        let h = ProbingTable<Scalars, String>.hash(scalars.lazy.map(\.value))
        if let known = table.value(hash: h, where: { $0 == scalars }) { return known }
        let made = scalars.string
        table.insert(hash: h, key: scalars, value: made)
        return made
    }
}
