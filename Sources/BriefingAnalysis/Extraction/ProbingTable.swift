/// A small open-addressing hash table for the extractor's caches: linear probing on a 64-bit
/// hash the caller computes (a zero hash marks an empty slot, so hashes are made odd), keys
/// compared by the caller's test. Grows by doubling at half full; entries are never removed.
struct ProbingTable<Key, Value> {
    private var hashes: [UInt64]
    private var keys: [Key?]
    private var values: [Value?]
    private var count = 0

    /// `capacity` must be a power of two.
    init(capacity: Int) {
        hashes = [UInt64](repeating: 0, count: capacity)
        keys = [Key?](repeating: nil, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
    }

    /// FNV-1a over `words` (bytes or scalar values), made odd so it never marks an empty slot.
    static func hash(_ words: some Sequence<UInt32>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for w in words { h = (h ^ UInt64(w)) &* 0x0000_0100_0000_01B3 }
        return h | 1
    }

    /// The value stored under hash `h` for the key that `isKey` accepts.
    @inline(__always) func value(hash h: UInt64, where isKey: (Key) -> Bool) -> Value? {
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: h >> 1) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, isKey(keys[i]!) { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `value` for a key not in the table yet.
    mutating func insert(hash h: UInt64, key: Key, value: Value) {
        if (count + 1) * 2 > hashes.count { grow() }
        place(h, key, value)
        count += 1
    }

    private mutating func place(_ h: UInt64, _ key: Key, _ value: Value) {
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: h >> 1) & mask
        while hashes[i] != 0 { i = (i + 1) & mask }
        hashes[i] = h
        keys[i] = key
        values[i] = value
    }

    private mutating func grow() {
        let old = (hashes, keys, values)
        let size = hashes.count * 2
        hashes = [UInt64](repeating: 0, count: size)
        keys = [Key?](repeating: nil, count: size)
        values = [Value?](repeating: nil, count: size)
        for k in old.0.indices where old.0[k] != 0 { place(old.0[k], old.1[k]!, old.2[k]!) }
    }
}
