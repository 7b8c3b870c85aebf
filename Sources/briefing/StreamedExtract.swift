#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import BriefingAnalysis
import BriefingPDF
import Foundation

/// `briefing extract` of one text file or of standard input, written as each chunk's figures are
/// complete, so memory does not grow with the figures (a 100 MB file has about 180,000).
///
/// ```
/// path ─► DocumentLoader.source ─► chunks ─► figures of a chunk ─► FigureListWriter ─► spool file
///                                                        (at the end, complete) ─► standard output
/// ```
/// The records go to an unlinked temporary file and are copied to standard output once the whole
/// input was read, so an input that fails part way (cut while being read, NUL bytes far in) prints
/// what a failed input prints, nothing half-written; errors, warnings and the exit status are
/// those of the whole analysis of one input. Without a temporary file the records are kept in
/// memory instead.
struct StreamedExtract {
    let format: FigureListWriter.Format
    let keep: (Figure) -> Bool
    /// Applied to the records before they are written (CSV on a terminal escapes controls).
    let prepare: (Figure) -> Figure

    /// Analyses `path` and prints its figures; the exit status to throw.
    func run(path: String) -> ExitCode {
        var spool = Spool()
        var writer = FigureListWriter(format: format)
        var failures: [IngestError] = []
        var warnings: [ExtractionWarning] = []
        do {
            switch try DocumentLoader.source(path: path) {
            case let .whole(document):
                let result = FigureExtractor().extract(from: document)
                spool.write(writer.part(result.figures.filter(keep).map(prepare)))
                failures = document.problems
                warnings = result.warnings
            case let .chunks(chunks):
                let result = try FigureExtractor().extract(from: chunks) { figures, restarted in
                    if restarted { spool.reset() }
                    if restarted { writer = FigureListWriter(format: format) }
                    spool.write(writer.part(figures.filter(keep).map(prepare)))
                }
                warnings = result.warnings
            }
        } catch {
            failures = [error as? IngestError ?? IngestError(path: path, reason: "\(error)")]
            spool.reset()
            writer = FigureListWriter(format: format)
        }
        for failure in failures { Terminal.error("\(failure)") }
        for warning in warnings { Terminal.standardError(warning.description) }
        Terminal.standardOutput(writer.start())
        spool.copy { Terminal.standardOutput($0) }
        Terminal.standardOutput(writer.end())
        return failures.isEmpty ? .success : ExitCode(1)
    }

    /// Bytes kept in an unlinked temporary file (in memory when none can be made).
    struct Spool {
        private var fd: Int32 = -1
        private var memory: [UInt8] = []
        private var failed = false

        init() {
            var template = Array((NSTemporaryDirectory() + "/.briefing-extract.XXXXXX").utf8CString)
            fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            if fd >= 0 { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
        }

        mutating func write(_ bytes: [UInt8]) {
            guard !bytes.isEmpty else { return }
            guard fd >= 0, !failed else { memory += bytes; return }
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
                if n < 0 {
                    if errno == EINTR { continue }
                    // The temporary file is full: what it holds, then the rest, in memory.
                    failed = true
                    memory = readAll() + bytes[offset...]
                    return
                }
                offset += n
            }
        }

        mutating func reset() {
            memory = []
            if fd >= 0 { _ = ftruncate(fd, 0); _ = lseek(fd, 0, SEEK_SET) }
        }

        /// Hands on what it holds, a block at a time, and closes the file.
        mutating func copy(_ body: ([UInt8]) -> Void) {
            if fd >= 0 && !failed { readBlocks { body(Array($0)) } }
            if !memory.isEmpty { body(memory) }
            if fd >= 0 { close(fd); fd = -1 }
        }

        private func readAll() -> [UInt8] {
            var out: [UInt8] = []
            readBlocks { out += $0 }
            return out
        }

        /// The file from its start, a block at a time.
        private func readBlocks(_ body: (ArraySlice<UInt8>) -> Void) {
            _ = lseek(fd, 0, SEEK_SET)
            var block = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let n = block.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                body(block[..<n])
            }
        }
    }
}
