#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values by exact spelling, for `ExtractionRun.classify` (metrics) and section heads.
///
/// A `[String: Value]` lookup hashes the NFC form of the key, which for CJK metrics costs more
/// than the taxonomy lookup it saves. This cache keys on the exact UTF-8 bytes (FNV-1a hash,
/// byte comparison) in a `ProbingTable` (a `[UInt64: …]` dictionary hashed the hash again).
/// It sits in front of the `String` dictionary, which still decides what a new spelling gets,
/// so answers are exactly what that dictionary alone would give.
struct MetricCache<Value> {
    private var table = ProbingTable<String, Value>(capacity: 64)

    func value(for metric: String) -> Value? {
        table.value(hash: Self.hash(metric), where: { Self.sameBytes($0, metric) })
    }

    /// Stores `value` for a spelling not looked up successfully before.
    mutating func insert(_ value: Value, for metric: String) {
        table.insert(hash: Self.hash(metric), key: metric, value: value)
    }

    private static func hash(_ s: String) -> UInt64 {
        s.utf8.withContiguousStorageIfAvailable { ProbingTable<String, Value>.hash($0.lazy.map(UInt32.init)) }
            ?? ProbingTable<String, Value>.hash(s.utf8.lazy.map(UInt32.init))
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        let same = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.count == y.count && memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
        return (same ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }
}
