import Foundation

/// The analysis pipeline over many inputs, files analysed side by side on the machine's cores:
///
/// ```
/// inputs ─► Ingest.expand ─► for each path (on `workers` threads): load ─► FigureExtractor ─► [Figure]
///                                                  (a text file in chunks: TextChunks)
///        ─► results merged in input order
/// ```
/// `load` is the ingest: `Ingest.source` reads text in chunks; the command line passes one that also reads
/// PDF (module BriefingPDF), whose documents bring the problems of pages it could not read.
/// A bad input becomes an `IngestError` and the others are still read; only the figures of a
/// file are kept after it is done, so memory follows the largest files in flight (one per
/// worker), not the corpus. Results are merged in input order, so the output is the same
/// byte for byte whatever the number of workers.
/// Reports are ordered by the period their own title names (`Report.ordered`), not by file
/// name, so `a.txt b.txt c.txt`, the same files in another order, and their folder give one
/// result; figures come out in that order of files, then by line.
public struct CorpusAnalysis: Sendable {
    public var figures: [Figure] = []
    public var warnings: [ExtractionWarning] = []
    public var failures: [IngestError] = []
    /// The inputs that were read, in the order of their reports' periods.
    public var sources: [String] = []
    /// Each input read, with what its title says (whom, when), in the same order.
    public var reports: [Report] = []

    public init() {}

    /// Threads that analyse files at once: `BRIEFING_JOBS` when set (1: one file at a time),
    /// else the machine's active cores.
    public static var defaultWorkers: Int {
        if let text = ProcessInfo.processInfo.environment["BRIEFING_JOBS"], let n = Int(text), n > 0 { return min(n, 64) }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// What one input gave.
    private enum Outcome {
        case failed(IngestError)
        case read(path: String, result: ExtractionResult, problems: [IngestError])
    }

    /// Reads and extracts `inputs`, `workers` files at a time; `progress(done, total)` is called
    /// after each file (from one thread at a time, not necessarily the caller's).
    public static func run(_ inputs: [String], extractor: FigureExtractor = FigureExtractor(),
                           load: (String) throws -> DocumentSource = { try Ingest.source(path: $0) },
                           workers: Int = defaultWorkers,
                           progress: (Int, Int) -> Void = { _, _ in }) -> CorpusAnalysis {
        let expanded = Ingest.expand(inputs)
        if expanded.count > 1 { Ingest.keepFreedMemoryForNextFile() }
        func analyse(_ item: Result<String, IngestError>) -> Outcome {
            switch item {
            case let .failure(error): return .failed(error)
            case let .success(path):
                do {
                    let (result, problems) = try extractor.extract(from: load(path))
                    return .read(path: path, result: result, problems: problems)
                } catch let error as IngestError {
                    return .failed(error)
                } catch {
                    return .failed(IngestError(path: path, reason: "\(error)"))
                }
            }
        }
        var outcomes: [Outcome?] = Array(repeating: nil, count: expanded.count)
        let threads = min(max(1, workers), expanded.count)
        if threads <= 1 {
            for (index, item) in expanded.enumerated() {
                outcomes[index] = analyse(item)
                progress(index + 1, expanded.count)
            }
        } else {
            // Each thread takes the next input not yet taken; outcomes land at their input's index.
            let lock = NSLock()
            var next = 0, done = 0
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while true {
                    lock.lock()
                    let index = next
                    next += 1
                    lock.unlock()
                    guard index < expanded.count else { return }
                    let outcome = analyse(expanded[index])
                    lock.lock()
                    outcomes[index] = outcome
                    done += 1
                    progress(done, expanded.count)
                    lock.unlock()
                }
            }
        }
        var analysis = CorpusAnalysis()
        for outcome in outcomes {
            switch outcome! {
            case let .failed(error):
                analysis.failures.append(error)
            case let .read(path, result, problems):
                analysis.figures += result.figures
                analysis.failures += problems
                analysis.warnings += result.warnings
                analysis.reports.append(Report(file: path, heading: result.heading))
            }
        }
        analysis.reports = Report.ordered(analysis.reports)
        analysis.sources = analysis.reports.map(\.file)
        // Sorted by report, then line (stable: figures of one line keep their order in the text).
        // The same file given twice is one report, ranked where it first stands.
        var rank: [String: Int] = [:]
        for (i, file) in analysis.sources.enumerated() where rank[file] == nil { rank[file] = i }
        analysis.figures = analysis.figures.enumerated()
            .sorted { (rank[$0.element.file] ?? 0, $0.element.line, $0.offset) < (rank[$1.element.file] ?? 0, $1.element.line, $1.offset) }
            .map(\.element)
        return analysis
    }
}
