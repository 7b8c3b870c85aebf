import Foundation

/// Writes a file atomically: creates missing folders, writes to a temporary file in the same
/// folder, then renames it over the destination. On any error the temporary file is removed.
enum AtomicFile {
    /// Runs `write` with a temporary path next to `url`, then moves it to `url`.
    static func write(to url: URL, _ write: (String) throws -> Void) throws {
        let path = url.path
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw RenderError.outputIsDirectory(path: path)
        }
        let folder = url.deletingLastPathComponent()
        if fm.fileExists(atPath: folder.path, isDirectory: &isDir) {
            if !isDir.boolValue { throw RenderError.cannotCreateDirectory(path: folder.path, reason: "a file with that name exists") }
        } else {
            do { try fm.createDirectory(at: folder, withIntermediateDirectories: true) }
            catch { throw RenderError.cannotCreateDirectory(path: folder.path, reason: Self.reason(error)) }
        }
        guard access(folder.path, W_OK) == 0 else {
            throw RenderError.cannotWrite(path: path, reason: "the folder \(folder.path) is not writable")
        }
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        do {
            try write(temp)
        } catch let error as CairoError {
            unlink(temp)
            throw RenderError.cairo(error, path: path)
        } catch {
            unlink(temp)
            throw error
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw RenderError.cannotWrite(path: path, reason: reason)
        }
    }

    private static func reason(_ error: Error) -> String {
        if let e = error as NSError?, let underlying = e.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
