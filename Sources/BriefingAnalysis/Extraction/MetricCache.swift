#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values by exact spelling, for `ExtractionRun.classify` (metrics) and section heads.
///
/// A `[String: Value]` lookup hashes the NFC form of the key, which for CJK metrics costs more
/// than the taxonomy lookup it saves. This cache keys on the exact UTF-8 bytes (FNV-1a hash,
/// byte comparison) in an open-addressing table (a `[UInt64: …]` dictionary hashed the hash
/// again). It sits in front of the `String` dictionary, which still decides what a new
/// spelling gets, so answers are exactly what that dictionary alone would give.
struct MetricCache<Value> {
    /// Parallel slots, linear probing; a zero hash marks an empty slot (hashes are made odd).
    private var hashes = [UInt64](repeating: 0, count: 64)
    private var metrics = [String](repeating: "", count: 64)
    private var values = [Value?](repeating: nil, count: 64)
    private var count = 0

    func value(for metric: String) -> Value? {
        let h = Self.hash(metric)
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: h >> 1) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, Self.sameBytes(metrics[i], metric) { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func insert(_ value: Value, for metric: String) {
        if (count + 1) * 2 > hashes.count { grow() }
        place(Self.hash(metric), metric, value)
        count += 1
    }

    private mutating func place(_ h: UInt64, _ metric: String, _ value: Value) {
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: h >> 1) & mask
        while hashes[i] != 0 { i = (i + 1) & mask }
        hashes[i] = h
        metrics[i] = metric
        values[i] = value
    }

    /// Doubles the table. (Spellings are inserted once, after a miss, so order does not matter.)
    private mutating func grow() {
        let old = (hashes, metrics, values)
        let size = hashes.count * 2
        hashes = [UInt64](repeating: 0, count: size)
        metrics = [String](repeating: "", count: size)
        values = [Value?](repeating: nil, count: size)
        for k in old.0.indices where old.0[k] != 0 { place(old.0[k], old.1[k], old.2[k]!) }
    }

    private static func hash(_ s: String) -> UInt64 {
        func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            return h | 1
        }
        return s.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(s.utf8)
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        let same = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.count == y.count && memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
        return (same ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }
}
