#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The temporary files being written right now, so a fatal signal removes them.
///
/// ``AtomicFile`` registers each `.NAME.PID.RANDOM.tmp` before creating it and unregisters it
/// after the rename. The first registration installs a handler for SIGINT, SIGTERM, SIGHUP and
/// SIGPIPE (unless the signal is ignored, as under `nohup`) that unlinks every registered path
/// and re-raises the signal with its default action, so the exit status still says "killed by
/// SIGINT". Finished outputs are never touched: they only appear by rename, complete.
///
/// Async-signal-safety: the handler only calls `unlink` and `raise`, and reads memory allocated
/// once at installation — fixed slots of `PATH_MAX` bytes with an atomic state each
/// (free → claimed → armed). A slot is armed only after its path is complete.
/// Limit: a thread that creates its temporary file in the microseconds between the handler's
/// unlink and the process's end can leave it behind; more than `capacity` concurrent writes
/// go unregistered (they still work, without cleanup on a signal).
@available(macOS 15, *)
enum TempFileRegistry {
    static let capacity = 64
    static let slotSize = 4096

    private static let free = 0, claimed = 1, armed = 2

    /// Slot states and path bytes, allocated once and never freed (the handler may read them).
    private nonisolated(unsafe) static let states: UnsafeMutablePointer<Atomic<Int>> = {
        let p = UnsafeMutablePointer<Atomic<Int>>.allocate(capacity: capacity)
        for i in 0..<capacity { (p + i).initialize(to: Atomic(free)) }
        return p
    }()
    private nonisolated(unsafe) static let paths: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * slotSize)
        p.initialize(repeating: 0, count: capacity * slotSize)
        return p
    }()

    /// The signals whose default action ends the process and that a user or system sends.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGPIPE]

    /// Installs the handlers once (thread-safe: a static initializer runs once).
    private static let installed: Bool = {
        _ = states; _ = paths
        for sig in signals {
            var old = sigaction()
            guard sigaction(sig, nil, &old) == 0 else { continue }
            #if canImport(Glibc)
            let previous = old.__sigaction_handler.sa_handler
            #else
            let previous = old.__sigaction_u.__sa_handler
            #endif
            // Keep an ignored signal ignored and someone else's handler in place.
            if let previous, unsafeBitCast(previous, to: Int.self) != unsafeBitCast(SIG_DFL, to: Int.self) { continue }
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = TempFileRegistry.handle
            #else
            action.__sigaction_u.__sa_handler = TempFileRegistry.handle
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(sig, &action, nil)
        }
        return true
    }()

    /// Registers `path`; returns its slot for ``unregister(_:)``, or nil when it cannot be kept.
    static func register(_ path: String) -> Int? {
        _ = installed
        let utf8 = Array(path.utf8)
        guard utf8.count < slotSize, !utf8.contains(0) else { return nil }
        for i in 0..<capacity where states[i].compareExchange(expected: free, desired: claimed, ordering: .acquiring).exchanged {
            let slot = paths + i * slotSize
            utf8.withUnsafeBufferPointer { src in
                src.withMemoryRebound(to: CChar.self) { slot.update(from: $0.baseAddress!, count: $0.count) }
            }
            slot[utf8.count] = 0
            states[i].store(armed, ordering: .releasing)
            return i
        }
        return nil
    }

    /// Forgets the slot: its file was renamed into place or removed.
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        states[slot].store(free, ordering: .releasing)
    }

    /// The paths registered now (for tests).
    static var registered: [String] {
        (0..<capacity).filter { states[$0].load(ordering: .acquiring) == armed }.map { String(cString: paths + $0 * slotSize) }
    }

    /// The signal handler: unlink every armed path, then die of the same signal.
    private static let handle: @convention(c) (Int32) -> Void = { sig in
        for i in 0..<TempFileRegistry.capacity where TempFileRegistry.states[i].load(ordering: .acquiring) == TempFileRegistry.armed {
            unlink(TempFileRegistry.paths + i * TempFileRegistry.slotSize)
        }
        // SA_RESETHAND restored the default action; the signal is blocked until we return.
        raise(sig)
    }
}
