import Foundation

/// Writes bytes to a (temporary) path with POSIX calls, reporting errno as a ``RenderError``.
enum FileOutput {
    /// Writes all of `bytes`; `create: false` opens an existing file or device without creating it.
    static func write(_ bytes: [UInt8], to path: String, create: Bool = true) throws {
        let fd = create ? open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) : open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw RenderError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                throw RenderError.cannotWrite(path: path, reason: reason)
            }
            offset += n
        }
        if close(fd) != 0 && errno != EINTR {
            throw RenderError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
