import Foundation

/// Serializes all use of Pango and fontconfig, which are not thread-safe, across threads.
enum RenderLock {
    private static let lock = NSRecursiveLock()
    static func run<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
