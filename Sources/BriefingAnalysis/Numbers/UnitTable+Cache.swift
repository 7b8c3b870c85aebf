import Foundation

extension UnitTable {
    /// A small thread-safe memo of `base(of:)` results. Written units come from the text, so
    /// the memo stops growing at `limit` entries (later units are resolved each time).
    final class BaseCache: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String: (unit: String, factor: Decimal)] = [:]
        private let limit = 4096

        func value(for unit: String) -> (unit: String, factor: Decimal)? {
            lock.lock(); defer { lock.unlock() }
            return entries[unit]
        }

        func store(_ base: (unit: String, factor: Decimal), for unit: String) {
            lock.lock(); defer { lock.unlock() }
            if entries.count < limit { entries[unit] = base }
        }
    }
}
