import ArgumentParser
import BriefingAnalysis
import BriefingPDF
import Foundation

/// The inputs every command reads.
struct InputOptions: ParsableArguments {
    @Argument(help: "Text or PDF files, folders of .txt and .pdf files, or - for standard input. (default: seeds/)")
    var inputs: [String] = []

    var resolved: [String] { inputs.isEmpty ? ["seeds"] : inputs }

    /// The one file (or standard input) the inputs name, when they name exactly one: it can be
    /// read and written out chunk by chunk (`StreamedExtract`).
    var single: String? {
        let expanded = Ingest.expand(resolved)
        guard expanded.count == 1, case let .success(path) = expanded[0] else { return nil }
        return path
    }

    /// Runs the analysis, printing each failure and warning to standard error.
    /// On a terminal, a long PDF shows its pages as it is read (`reading FILE: page 120/500`,
    /// see ``PageProgress``); `progress` adds a bar of the files read when there are several.
    func analyse(progress: Bool = false) -> CorpusAnalysis {
        let onTerminal = isatty(2) == 1
        let showProgress = progress && onTerminal
        let pages = onTerminal ? PageProgress { Terminal.standardErrorRaw($0) } : nil
        let analysis = CorpusAnalysis.run(resolved, load: { path in
            guard let pages else { return try DocumentLoader.source(path: path) }
            let shown = TerminalText.escaped(path)
            defer { pages.finish(path: shown) }
            return try DocumentLoader.source(path: path) { page, total in pages.update(path: shown, page: page, of: total) }
        }) { done, total in
            guard showProgress, total > 1 else { return }
            pages?.clear()
            Terminal.progress(done: done, total: total)
        }
        for failure in analysis.failures { Terminal.error("\(failure)") }
        for warning in analysis.warnings { Terminal.standardError(warning.description) }
        return analysis
    }

    /// The analysis and its digest, for commands that write files: when no input could be read
    /// at all, says so and exits 1 without writing anything.
    func digest() throws -> (CorpusAnalysis, Digest) {
        let analysis = analyse(progress: true)
        guard !analysis.sources.isEmpty else {
            Terminal.error("no input could be read; nothing written")
            throw ExitCode(1)
        }
        return (analysis, Aggregator.digest(analysis))
    }
}

/// Writing to the terminal's standard streams.
enum Terminal {
    /// One line; control and escape characters (from file names, texts) are shown as `\x1B`.
    static func standardError(_ line: String) {
        _ = writeAll(2, Array((TerminalText.escaped(line) + "\n").utf8))  // nowhere left to report a failure
    }

    static func error(_ message: String) { standardError("error: " + message) }

    /// Text as it is (no newline, nothing escaped): the progress lines' own control characters.
    static func standardErrorRaw(_ text: String) { _ = writeAll(2, Array(text.utf8)) }

    /// Writes to standard output; when that fails (a full disk, `> /dev/full`) says so and exits 1
    /// instead of trapping. Files are written before anything is printed, so none is half-written.
    static func standardOutput(_ text: String) { standardOutput(Array(text.utf8)) }

    static func standardOutput(_ bytes: [UInt8]) {
        if let failure = writeAll(1, bytes) {
            error("standard output: cannot write (\(failure)); check free space or where the output goes")
            exit(1)
        }
    }

    /// Writes every byte to `fd`; the errno text on failure.
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += n
        }
        return nil
    }

    /// A one-line progress bar on standard error.
    static func progress(done: Int, total: Int) {
        let width = 30
        let filled = width * done / max(total, 1)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        _ = writeAll(2, Array("\r\(bar) \(done)/\(total)\(done == total ? "\n" : "")".utf8))
    }
}

extension CorpusAnalysis {
    /// The digest for text printed on a terminal (and summary.txt): every text of every figure
    /// and every file name with its control characters escaped.
    var terminalDigest: Digest {
        Aggregator.digest(figures.map(\.terminalSafe), sources: sources.map { TerminalText.escaped($0) },
                          reports: reports.map { $0.terminalSafe })
    }
}

/// Exit status 1 when any input failed, after all others were processed.
func exitStatus(_ analysis: CorpusAnalysis) -> ExitCode {
    analysis.failures.isEmpty ? .success : ExitCode(1)
}
