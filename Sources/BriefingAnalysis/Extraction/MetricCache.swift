#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values by metric spelling, for `ExtractionRun.classify`.
///
/// A `[String: Value]` lookup hashes the NFC form of the key, which for CJK metrics costs more
/// than the taxonomy lookup it saves. This cache keys on the exact UTF-8 bytes (FNV-1a hash,
/// byte comparison). It sits in front of the `String` dictionary, which still decides what a
/// new spelling gets, so answers are exactly what that dictionary alone would give.
struct MetricCache<Value> {
    private var buckets: [UInt64: [(metric: String, value: Value)]] = [:]

    func value(for metric: String) -> Value? {
        guard let bucket = buckets[Self.hash(metric)] else { return nil }
        for entry in bucket where Self.sameBytes(entry.metric, metric) { return entry.value }
        return nil
    }

    mutating func insert(_ value: Value, for metric: String) {
        buckets[Self.hash(metric), default: []].append((metric, value))
    }

    private static func hash(_ s: String) -> UInt64 {
        func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            return h
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
