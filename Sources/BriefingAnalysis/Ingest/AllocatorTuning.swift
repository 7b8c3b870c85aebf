#if canImport(Glibc)
import Glibc
#endif

extension Ingest {
    /// Keeps memory that a file's analysis freed for the next file.
    ///
    /// A file's scalars, offsets and quantities are large blocks, which glibc's allocator
    /// takes straight from the kernel and gives back when they are freed, so every file pays
    /// for faulting fresh pages in again (about 2 µs a page in a VM: a third of the time of
    /// normalizing). With blocks of up to 32 MiB served from the heap and the heap not trimmed,
    /// the next file reuses the pages. Peak memory still follows the largest file, not the
    /// corpus. Process-wide; call once before reading many files. A no-op without glibc.
    public static func keepFreedMemoryForNextFile() {
        #if canImport(Glibc)
        // `mallopt` is not in Swift's Glibc module: look it up (it is in every glibc).
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let mmapThreshold: Int32 = -3, trimThreshold: Int32 = -1, topPad: Int32 = -2  // <malloc.h>
        _ = mallopt(mmapThreshold, 32 << 20)  // the largest glibc accepts
        _ = mallopt(trimThreshold, Int32.max)
        _ = mallopt(topPad, 64 << 20)
        #endif
    }
}
