import Foundation

/// Writes a file atomically: creates missing folders, writes the complete bytes to a temporary
/// file in the same folder (every short write and ENOSPC is an error), flushes it to disk, then
/// renames it over the destination. On any error — and on SIGINT, SIGTERM, SIGHUP, SIGPIPE
/// (``TempFileRegistry``) — the temporary file is removed, so the destination is either as
/// before or complete. Renderers produce their bytes in memory first (PNG encoder, cairo stream
/// surfaces), so nothing is created on disk before the output is known to be whole.
///
/// A destination that exists and is no regular file (a device such as `/dev/null` or
/// `/dev/full`, a FIFO) cannot be replaced by a rename — that would replace the device node —
/// so the bytes are written into it; a failing write (ENOSPC on `/dev/full`) names the path.
enum AtomicFile {
    /// Writes `bytes` to a temporary file next to `url`, flushes it, then moves it to `url`.
    static func write(_ bytes: [UInt8], to url: URL) throws {
        var st = stat()
        if stat(url.path, &st) == 0, st.st_mode & S_IFMT != S_IFDIR, st.st_mode & S_IFMT != S_IFREG {
            return try FileOutput.write(bytes, to: url.path, create: false)   // a device or FIFO
        }
        try write(to: url) { temp in try FileOutput.write(bytes, to: temp) }
    }

    /// Runs `fill` on a new temporary file next to `url` (a regular file or none), flushes it,
    /// then renames it to `url`.
    static func write(to url: URL, _ fill: (String) throws -> Void) throws {
        let path = url.path
        var st = stat()
        if stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { throw RenderError.outputIsDirectory(path: path) }
        let folder = url.deletingLastPathComponent().path
        try makeFolders(folder)
        let temp = folder + "/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        try withTemporary(temp, finalPath: path) { temp in
            // Create it ourselves first: the error names the real cause (EACCES, EROFS, ENOSPC…).
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw RenderError.cannotWrite(path: path, reason: "cannot create a file in \(folder): \(String(cString: strerror(errno)))")
            }
            close(fd)
            try fill(temp)
            try syncFile(temp, finalPath: path)
            if rename(temp, path) != 0 {
                throw RenderError.cannotWrite(path: path, reason: "cannot move the finished file into place: \(String(cString: strerror(errno)))")
            }
        }
    }

    // MARK: - Internal helpers

    /// Registers `temp` for removal on a signal, runs `body`, removes `temp` on any error.
    private static func withTemporary(_ temp: String, finalPath: String, _ body: (String) throws -> Void) throws {
        let slot: Int?
        if #available(macOS 15, *) { slot = TempFileRegistry.register(temp) } else { slot = nil }
        defer { if #available(macOS 15, *) { TempFileRegistry.unregister(slot) } }
        do {
            try body(temp)
        } catch let error as RenderError {
            unlink(temp)
            // Errors about the temporary file name the destination the user asked for.
            if case let .cannotWrite(p, reason) = error, p == temp { throw RenderError.cannotWrite(path: finalPath, reason: reason) }
            throw error
        } catch {
            unlink(temp)
            throw error
        }
    }

    /// Flushes the finished temporary file to disk, so a crash after the rename cannot leave an
    /// empty or partial file under the final name. Reports ENOSPC and EIO that only show here.
    private static func syncFile(_ temp: String, finalPath: String) throws {
        let fd = open(temp, O_RDONLY)
        guard fd >= 0 else { throw RenderError.cannotWrite(path: finalPath, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
            throw RenderError.cannotWrite(path: finalPath, reason: String(cString: strerror(errno)))
        }
    }

    /// Creates `folder` and its missing parents with mkdir(2), so errors carry errno's words.
    /// A folder created at the same moment by another run is fine.
    private static func makeFolders(_ folder: String) throws {
        var st = stat()
        if stat(folder, &st) == 0 {
            if st.st_mode & S_IFMT == S_IFDIR { return }
            throw RenderError.cannotCreateDirectory(path: folder, reason: "a file with that name exists")
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != folder { try makeFolders(parent) }
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw RenderError.cannotCreateDirectory(path: folder, reason: String(cString: strerror(errno)))
        }
    }
}
