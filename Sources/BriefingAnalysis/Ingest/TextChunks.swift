#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A text file read, decoded and normalized in chunks of about `chunkBytes`, so memory follows
/// the chunk, not the file:
///
/// ```
/// file ─► blocks ─► window of lines ─► Normalizer.normalizeChunk ─► Document of the chunk ─► …
///                   (context lines before, lookahead after)     cut where a paragraph starts
/// ```
/// Each chunk is a `Document` whose `original` is the chunk's bytes, `firstLine` the file's line
/// it starts at and `text` whole paragraphs: put together with "\n" between them the chunks' texts
/// are the whole file's `Document.text` (see `Normalizer.normalizeChunk`). What concerns the whole
/// file is read from its start once: whether it is written in traditional characters (its
/// first 4000 ideographs) and its first 64 KB (`head`).
///
/// Standard input and other streams that cannot be read twice are copied to an unlinked
/// temporary file as they are read (memory stays flat; the disk holds the input once).
///
/// A file that cannot be read in parts — not UTF-8 (UTF-16, GB18030: transcoded as a whole),
/// binary, blank, or found so only after its first chunks (NUL bytes or an invalid byte far in)
/// — is read as a whole, as `Ingest.load` reads it, with the same errors: `next` gives
/// `.whole`, and what earlier chunks gave is to be dropped.
///
/// ```
/// let chunks = try TextChunks(path: "big.txt")
/// while let part = try chunks.next() { … }
/// ```
public final class TextChunks {
    public enum Part {
        /// The next chunk.
        case chunk(Document)
        /// The file read as a whole; forget earlier chunks.
        case whole(Document)
    }

    /// Bytes of a chunk by default: 4 MiB. `BRIEFING_CHUNK_BYTES` sets another size (tests use a
    /// few hundred bytes).
    public static var defaultChunkBytes: Int {
        if let text = getenv("BRIEFING_CHUNK_BYTES").map({ String(cString: $0) }), let n = Int(text), n > 0 { return n }
        return 4 << 20
    }

    public let path: String
    public let chunkBytes: Int
    /// The file's first 64 KB (all of it when shorter), for what is decided from a text's start.
    public private(set) var head: [UInt8] = []

    private let fd: Int32
    private let opened: stat
    /// Bytes of the file from `bufferStart` on, as read so far.
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    private var atEOF = false
    /// Where the next window starts and the next chunk's first line starts (file offsets).
    private var contextStart = 0
    private var emitStart = 0
    private var nextLine = 1
    private var finished = false
    private var traditional: Bool?
    private var sawText = false
    /// Bytes read after the chunk's target before a cut is looked for; doubled when none is found.
    private var lookahead: Int

    /// Opens `path` ("-": standard input) read-only, with `Ingest.load`'s errors for a path that
    /// cannot be read.
    public init(path: String, chunkBytes: Int = TextChunks.defaultChunkBytes) throws {
        self.path = path
        self.chunkBytes = max(chunkBytes, 1)
        lookahead = min(max(self.chunkBytes / 64, 4096), 1 << 20)
        if path == "-" {
            (fd, opened) = try Self.spool(fd: 0, path: path)
        } else {
            let (file, st) = try Ingest.openForReading(path: path)
            if (st.st_mode & S_IFMT) == S_IFREG {
                (fd, opened) = (file, st)
            } else {
                defer { closeDescriptor(file) }
                (fd, opened) = try Self.spool(fd: file, path: path)
            }
        }
        let first = max(1 << 16, self.chunkBytes + lookahead)
        buffer.reserveCapacity(min(first, Int(opened.st_size)) + 1)  // a small file: read in one go
        try fill(to: first)
        head = Array(buffer.prefix(1 << 16))
    }

    /// Every byte of the file, read again from its start (for an ingest of another kind, PDF,
    /// told by `head`), with `Ingest.load`'s checks; the reader is done after it.
    public func allBytes() throws -> [UInt8] {
        finished = true
        defer { close() }
        buffer = []
        guard lseek(fd, 0, SEEK_SET) == 0 else {
            throw IngestError(path: path, reason: "cannot read the file again (\(String(cString: strerror(errno)))); check that it is a readable file")
        }
        return try Ingest.readRest(fd: fd, path: path, opened: opened)
    }

    private var isClosed = false

    /// Closes the file (also done at the end and when the reader goes away).
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        closeDescriptor(fd)
    }

    deinit { close() }

    /// The next part, nil after the last one.
    public func next() throws -> Part? {
        guard !finished else { return nil }
        if traditional == nil {
            if buffer.isEmpty || buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF])
                || TextDecoding.binaryKind(head) != nil || Self.hasNUL(buffer[...]) {
                return try whole()
            }
            traditional = try traditionalCue()
        }
        var ahead = lookahead
        while true {
            let target = emitStart + chunkBytes
            let want = target &+ ahead < target ? Int.max : target + ahead
            let before = bufferStart + buffer.count
            try fill(to: want)
            if Self.hasNUL(buffer[(before - bufferStart)...]) { return try whole() }
            let available = bufferStart + buffer.count
            // The window ends after its last line break, or at the end of the file.
            var windowEnd = available
            if !(atEOF && available <= want) {
                windowEnd = min(available, want)
                while windowEnd > emitStart, buffer[windowEnd - 1 - bufferStart] != 0x0A { windowEnd -= 1 }
            }
            let atEnd = atEOF && windowEnd == available
            guard windowEnd > emitStart else {
                if atEnd { finished = true; return try finish() }
                ahead = ahead * 2
                continue
            }
            // A file of one chunk: its buffer is the document's original as it is (no copy).
            let oneChunk = contextStart == bufferStart && bufferStart == 0 && windowEnd == buffer.count ? buffer : nil
            let outcome = buffer.withUnsafeBufferPointer { b in
                let window = UnsafeBufferPointer(rebasing: b[(contextStart - bufferStart)..<(windowEnd - bufferStart)])
                if !sawText, !TextDecoding.isBlank(utf8: UnsafeBufferPointer(rebasing: b[(emitStart - bufferStart)..<(windowEnd - bufferStart)])) {
                    sawText = true
                }
                return Normalizer.normalizeChunk(window: window, emitStart: emitStart - contextStart,
                                                 target: max(target - contextStart, emitStart - contextStart + 1),
                                                 atEnd: atEnd, traditional: traditional, file: path, whole: oneChunk)
            }
            switch outcome {
            case .invalid:
                return try whole()
            case .needsMore:
                ahead = ahead * 2
                continue
            case var .chunk(chunk):
                chunk.document.firstLine = nextLine
                nextLine += chunk.document.lineStarts.count
                let cut = contextStart + chunk.cut
                if cut >= windowEnd && atEnd {
                    finished = true
                    if !sawText { return try whole() }
                    close()
                } else {
                    // More chunks follow: their blocks reuse the memory this one frees.
                    Ingest.keepFreedMemoryForNextFile()
                    contextStart += chunk.nextContext
                    emitStart = cut
                    buffer.removeFirst(contextStart - bufferStart)
                    bufferStart = contextStart
                }
                return .chunk(chunk.document)
            }
        }
    }

    // MARK: - Internal helpers

    /// Reads until the buffer holds the file up to offset `end`, or to its end.
    private func fill(to end: Int) throws {
        let limit = Ingest.maxInputBytes
        while !atEOF && bufferStart + buffer.count < end {
            // No more than the file holds (and a little, to see its end): zeroing room for a
            // whole chunk costs a small file far more than reading it.
            let have = bufferStart + buffer.count
            let want = min(end - have, 1 << 22, max(Int(opened.st_size) - have, 0) + (1 << 16))
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: want))
            var got = 0
            while got < want {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old + got, want - got) }
                if n < 0 {
                    if errno == EINTR { continue }
                    buffer.removeLast(want - got)
                    throw IngestError(path: path, reason: "cannot read the file (\(String(cString: strerror(errno)))); check that it is a readable file")
                }
                if n == 0 { atEOF = true; break }
                got += n
            }
            buffer.removeLast(want - got)
            if bufferStart + buffer.count > limit { throw Ingest.tooLarge(path, limit: limit) }
        }
        if atEOF { try Ingest.checkNotTruncated(fd: fd, path: path, opened: opened, read: bufferStart + buffer.count) }
    }

    /// The last call: the file ended without a chunk (a blank end after the last cut).
    private func finish() throws -> Part? {
        if !sawText { return try whole() }
        close()
        return nil
    }

    /// The whole file read again from its start and taken as `Ingest.load` takes it.
    private func whole() throws -> Part {
        .whole(try TextDecoding.document(allBytes(), path: path))
    }

    /// Whether the text is written in traditional characters, from its first 4000 ideographs:
    /// the buffer's, then read ahead (without keeping it) as far as needed.
    private func traditionalCue() throws -> Bool {
        var cue = Normalizer.TraditionalCue()
        var used = buffer.withUnsafeBufferPointer { cue.count(utf8: $0) }
        if cue.isDecided || atEOF { return cue.looksTraditional }
        var scratch = [UInt8](repeating: 0, count: 1 << 20)
        var offset = bufferStart + used
        while !cue.isDecided {
            let n = scratch.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(offset)) }
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            used = scratch.withUnsafeBufferPointer { cue.count(utf8: UnsafeBufferPointer(rebasing: $0[..<n])) }
            offset += max(used, 1)
        }
        return cue.looksTraditional
    }

    static func hasNUL(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }
    }

    /// Copies a stream (standard input, a pipe) to an unlinked temporary file, within the input
    /// limit; the copy, rewound, is read as the file.
    static func spool(fd source: Int32, path: String) throws -> (Int32, stat) {
        func fail(_ reason: String) -> IngestError { IngestError(path: path, reason: reason) }
        let what = path == "-" ? "standard input" : "the file"
        var template = Array((NSTemporaryDirectory() + "/.briefing-input.XXXXXX").utf8CString)
        var fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd >= 0 {
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        } else {
            // No writable temporary folder: a file in memory (Linux), as standard input was read before.
            fd = memoryFile()
        }
        guard fd >= 0 else { throw fail("cannot read \(what): no temporary file to hold it (\(String(cString: strerror(errno)))); check free space in \(NSTemporaryDirectory())") }
        let limit = Ingest.maxInputBytes
        var block = [UInt8](repeating: 0, count: 1 << 20)
        var total = 0
        while true {
            let n = block.withUnsafeMutableBytes { read(source, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                closeDescriptor(fd)
                throw fail(path == "-" ? "cannot read standard input (\(reason))" : "cannot read the file (\(reason)); check that it is a readable file")
            }
            if n == 0 { break }
            total += n
            if total > limit { closeDescriptor(fd); throw Ingest.tooLarge(path, limit: limit) }
            var written = 0
            while written < n {
                let w = block.withUnsafeBytes { write(fd, $0.baseAddress! + written, n - written) }
                if w < 0 {
                    if errno == EINTR { continue }
                    let reason = String(cString: strerror(errno))
                    closeDescriptor(fd)
                    throw fail("cannot read \(what): the temporary file that holds it cannot be written (\(reason)); check free space in \(NSTemporaryDirectory())")
                }
                written += w
            }
        }
        lseek(fd, 0, SEEK_SET)
        var st = stat()
        fstat(fd, &st)
        return (fd, st)
    }
}

/// An anonymous file in memory (`memfd_create`, looked up: Swift's Glibc module lacks it), or -1.
private func memoryFile() -> Int32 {
    #if canImport(Glibc)
    typealias MemfdCreate = @convention(c) (UnsafePointer<CChar>, UInt32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memfd_create") else { return -1 }
    return unsafeBitCast(symbol, to: MemfdCreate.self)("briefing-input", 0)
    #else
    return -1
    #endif
}

/// `close(2)`, outside `TextChunks` (whose `close()` hides it there).
private func closeDescriptor(_ fd: Int32) { _ = close(fd) }
