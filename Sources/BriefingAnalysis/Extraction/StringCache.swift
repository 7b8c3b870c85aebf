/// Strings made from scalars, looked up by the scalars: metrics repeat, and a hit shares the
/// String made before instead of encoding, validating and allocating another (the same
/// contents, so output is unchanged). Open addressing, linear probing, FNV-1a over the scalar
/// values; a zero hash marks an empty slot (hashes are made odd).
struct StringCache {
    private var hashes = [UInt64](repeating: 0, count: 256)
    private var keys = [Scalars](repeating: [], count: 256)
    private var strings = [String](repeating: "", count: 256)
    private var count = 0

    /// `scalars.string`, made once per spelling.
    mutating func string(_ scalars: Scalars) -> String {
        let h = Self.hash(scalars)
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: h >> 1) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, keys[i] == scalars { return strings[i] }
            i = (i + 1) & mask
        }
        let made = scalars.string
        if (count + 1) * 2 > hashes.count { grow() }
        place(h, scalars, made)
        count += 1
        return made
    }

    private mutating func place(_ h: UInt64, _ key: Scalars, _ string: String) {
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: h >> 1) & mask
        while hashes[i] != 0 { i = (i + 1) & mask }
        hashes[i] = h
        keys[i] = key
        strings[i] = string
    }

    /// Doubles the table.
    private mutating func grow() {
        let old = (hashes, keys, strings)
        let size = hashes.count * 2
        hashes = [UInt64](repeating: 0, count: size)
        keys = [Scalars](repeating: [], count: size)
        strings = [String](repeating: "", count: size)
        for k in old.0.indices where old.0[k] != 0 { place(old.0[k], old.1[k], old.2[k]) }
    }

    private static func hash(_ scalars: Scalars) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for s in scalars { h = (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3 }
        return h | 1
    }
}
