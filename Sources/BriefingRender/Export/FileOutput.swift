import Foundation

/// Writes bytes to a (temporary) path with POSIX calls, reporting errno as a ``RenderError``.
enum FileOutput {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw RenderError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw RenderError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            offset += n
        }
    }
}
