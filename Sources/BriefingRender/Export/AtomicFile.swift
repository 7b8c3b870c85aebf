import Foundation

/// Writes a file atomically: creates missing folders, writes to a temporary file in the same
/// folder, flushes it to disk, then renames it over the destination. On any error — and on
/// SIGINT, SIGTERM, SIGHUP, SIGPIPE (``TempFileRegistry``) — the temporary file is removed, so
/// the destination is either as before or complete.
///
/// A destination that exists and is no regular file (a device such as `/dev/null` or
/// `/dev/full`, a FIFO) cannot be replaced by a rename — that would replace the device node —
/// so the output is written completely to a private temporary file first and then copied into
/// it; a failing copy (ENOSPC on `/dev/full`) is an error that names the path.
enum AtomicFile {
    /// Runs `write` with a temporary path next to `url`, then moves it to `url`.
    static func write(to url: URL, _ write: (String) throws -> Void) throws {
        let path = url.path
        var st = stat()
        if stat(path, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFDIR: throw RenderError.outputIsDirectory(path: path)
            case S_IFREG: break
            default: return try writeThrough(to: path, write)
            }
        }
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
            try write(temp)
            try syncFile(temp, finalPath: path)
            if rename(temp, path) != 0 { throw RenderError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
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
        } catch let error as CairoError {
            unlink(temp)
            throw RenderError.cairo(error, path: finalPath)
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

    /// For devices and FIFOs: write the whole output to a private temporary file, then copy it in.
    private static func writeThrough(to path: String, _ write: (String) throws -> Void) throws {
        let temp = NSTemporaryDirectory() + "/.briefing.\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        try withTemporary(temp, finalPath: path) { temp in
            try write(temp)
            guard let data = FileManager.default.contents(atPath: temp) else {
                throw RenderError.cannotWrite(path: path, reason: "the temporary file \(temp) could not be read back")
            }
            unlink(temp)
            try FileOutput.write([UInt8](data), to: path, create: false)
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
