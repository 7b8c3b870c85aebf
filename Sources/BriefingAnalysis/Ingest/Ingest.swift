#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Entry point of the pipeline: input paths → bytes → `String` → `Document`.
///
/// ```
/// inputs ─► expand ─► [path] ─► load: read ─► TextDecoding.document (decode + normalize) ─► Document
///                              └► source: TextChunks ─► a Document per chunk (memory follows the chunk)
/// ```
/// Files are only ever opened read-only.
public enum Ingest {
    /// Reads a file (never opens for writing), decodes, normalizes. "-" reads stdin.
    public static func load(path: String) throws -> Document {
        try TextDecoding.document(readBytes(path: path), path: path)
    }

    /// `load` of bytes already read: decodes and normalizes them as text (another ingest that
    /// read the file first, to look at its kind, hands the bytes on).
    public static func document(bytes: [UInt8], path: String) throws -> Document {
        try TextDecoding.document(bytes, path: path)
    }

    /// The same, where the paragraphs starting at the byte offsets `paragraphStarts` are their
    /// own: no line before one runs into it, whatever it ends with (a PDF ingest's sentences
    /// made of a table's rows, after a caption or note without 。).
    public static func document(bytes: [UInt8], path: String, paragraphStarts: Set<Int32>) throws -> Document {
        try TextDecoding.document(bytes, path: path, paragraphStarts: paragraphStarts)
    }

    /// The bytes of a file (or standard input for "-"), opened read-only and within
    /// `maxInputBytes`, with `load`'s error messages; for ingests of other formats (PDF).
    public static func bytes(path: String) throws -> [UInt8] { try readBytes(path: path) }

    /// Expands inputs: a file; a folder → its *.txt and *.pdf sorted by name (non-recursive;
    /// error if none); "-" stdin. Returns per-input results so one bad input does not stop the others.
    ///
    /// A folder contributes one result per .txt or .pdf file, or one failure when it has none.
    public static func expand(_ inputs: [String]) -> [Result<String, IngestError>] {
        var results: [Result<String, IngestError>] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" { results.append(.success(input)); continue }
            var isDir: ObjCBool = false
            guard !input.isEmpty, fm.fileExists(atPath: input, isDirectory: &isDir) else {
                results.append(.failure(IngestError(path: input, reason: missingReason(input))))
                continue
            }
            if !isDir.boolValue { results.append(.success(input)); continue }
            guard let names = try? fm.contentsOfDirectory(atPath: input) else {
                results.append(.failure(IngestError(
                    path: input, reason: "cannot list the folder (permission denied?); check its permissions")))
                continue
            }
            let base = input.hasSuffix("/") ? input : input + "/"
            let files = names
                .filter { ($0.lowercased().hasSuffix(".txt") || $0.lowercased().hasSuffix(".pdf")) && !$0.hasPrefix(".") }
                .sorted()
                .map { base + $0 }
                .filter { var d: ObjCBool = false; return fm.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue }
            if files.isEmpty {
                results.append(.failure(IngestError(
                    path: input, reason: "folder has no .txt or .pdf files; put the reports in it or name them directly")))
            } else {
                results.append(contentsOf: files.map { .success($0) })
            }
        }
        return results
    }

    /// Largest input read, in bytes (256 MiB): larger files and streams are refused with a clear
    /// message before their text is held in memory. `BRIEFING_MAX_INPUT_BYTES` overrides it
    /// (tests), up to 1 GiB: `Document` maps text to original bytes with 32-bit offsets, and
    /// UTF-16 or GB18030 grows by at most half when transcoded to UTF-8.
    public static var maxInputBytes: Int {
        if let text = getenv("BRIEFING_MAX_INPUT_BYTES").map({ String(cString: $0) }), let n = Int(text), n > 0 {
            return min(n, 1 << 30)
        }
        return 256 << 20
    }

    // MARK: - Internal helpers

    static func tooLarge(_ path: String, limit: Int) -> IngestError {
        let size = limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
        return IngestError(path: path, reason: "\(path == "-" ? "standard input" : "file") is larger than the input limit of \(size); split it into smaller files")
    }

    /// Reads the whole file (or standard input for "-") read-only, mapping errno to a user message.
    static func readBytes(path: String) throws -> [UInt8] {
        func fail(_ reason: String) -> IngestError { IngestError(path: path, reason: reason) }
        let limit = maxInputBytes
        if path == "-" {
            guard let bytes = readAll(fd: 0, limit: limit) else {
                if errno == EFBIG { throw tooLarge(path, limit: limit) }
                throw fail("cannot read standard input (\(String(cString: strerror(errno))))")
            }
            return bytes
        }
        let (fd, st) = try openForReading(path: path)
        defer { close(fd) }
        return try readRest(fd: fd, path: path, opened: st)
    }

    /// Opens `path` read-only and checks it is no folder and within `maxInputBytes`, mapping
    /// errno to a user message; the caller closes the descriptor.
    static func openForReading(path: String) throws -> (fd: Int32, stat: stat) {
        func fail(_ reason: String) -> IngestError { IngestError(path: path, reason: reason) }
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            switch errno {
            case ENOENT, ENOTDIR, ELOOP: throw fail(missingReason(path))
            case EACCES, EPERM: throw fail("cannot read the file (permission denied); check its permissions")
            default: throw fail("cannot open the file (\(String(cString: strerror(errno)))); check the path")
            }
        }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw fail("is a folder, not a file; pass the folder as an input to read its .txt and .pdf files")
        }
        if (st.st_mode & S_IFMT) == S_IFREG && Int(st.st_size) > maxInputBytes {
            close(fd)
            throw tooLarge(path, limit: maxInputBytes)
        }
        return (fd, st)
    }

    /// Reads `fd` (opened by `openForReading`, as `opened` says) from where it stands to its end,
    /// with `readBytes`'s checks: the input limit, read errors, a file cut while being read.
    static func readRest(fd: Int32, path: String, opened st: stat, alreadyRead: Int = 0) throws -> [UInt8] {
        func fail(_ reason: String) -> IngestError { IngestError(path: path, reason: reason) }
        let limit = maxInputBytes
        guard let bytes = readAll(fd: fd, sizeHint: max(0, min(Int(st.st_size), limit) - alreadyRead), limit: limit - alreadyRead) else {
            if errno == EFBIG { throw tooLarge(path, limit: limit) }
            if errno == EISDIR { throw fail("is a folder, not a file; pass the folder as an input to read its .txt and .pdf files") }
            throw fail("cannot read the file (\(String(cString: strerror(errno)))); check that it is a readable file")
        }
        try checkNotTruncated(fd: fd, path: path, opened: st, read: alreadyRead + bytes.count)
        return bytes
    }

    /// Fewer bytes than the file had when opened, and the file is smaller now: it was cut
    /// while being read (a writer truncating it). What was read is not the file: refuse it.
    static func checkNotTruncated(fd: Int32, path: String, opened st: stat, read count: Int) throws {
        var after = stat()
        if (st.st_mode & S_IFMT) == S_IFREG, count < Int(st.st_size), fstat(fd, &after) == 0, after.st_size < st.st_size {
            throw IngestError(path: path, reason: "file was truncated while being read (\(count) of \(st.st_size) bytes arrived); read it again once nothing is writing it")
        }
    }

    /// Why `path` cannot be opened when it seems not to exist: a symbolic link that loops or
    /// points nowhere is said to be one (lstat sees the link, stat does not reach a file).
    static func missingReason(_ path: String) -> String {
        var st = stat()
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { return "no such file; check the path" }
        var target = stat()
        if stat(path, &target) != 0, errno == ELOOP {
            return "is a symbolic link that loops (too many levels of symbolic links); point it at the real file"
        }
        let dest = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " (\($0))" } ?? ""
        return "is a symbolic link to a file that does not exist\(dest); fix the link or give the file itself"
    }

    /// Reads to end of file straight into the result, sized from `sizeHint` (one spare byte to
    /// see the end without growing); nil on a read error (errno set), or with errno EFBIG once
    /// more than `limit` bytes arrived (pipes and devices have no size to check beforehand).
    static func readAll(fd: Int32, sizeHint: Int = 0, limit: Int = .max) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: max(sizeHint, 0) + 1)
        var count = 0
        while true {
            if count == out.count { out.append(contentsOf: repeatElement(0, count: max(out.count, 1 << 16))) }
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 {
                out.removeLast(out.count - count)
                return out
            }
            if n > limit - count { errno = EFBIG; return nil }
            count += n
        }
    }
}
