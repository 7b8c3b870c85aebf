/// The analysis pipeline over many inputs, one file at a time:
///
/// ```
/// inputs ─► Ingest.expand ─► for each path: load ─► FigureExtractor ─► [Figure]
/// ```
/// `load` is the ingest: `Ingest.load` reads text; the command line passes one that also reads
/// PDF (module BriefingPDF), whose documents bring the problems of pages it could not read.
/// A bad input becomes an `IngestError` and the others are still read; only the figures of a
/// file are kept after it is done, so memory follows the largest file, not the corpus.
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

    /// Reads and extracts `inputs`; `progress(done, total)` is called after each file.
    public static func run(_ inputs: [String], extractor: FigureExtractor = FigureExtractor(),
                           load: (String) throws -> Document = Ingest.load(path:),
                           progress: (Int, Int) -> Void = { _, _ in }) -> CorpusAnalysis {
        var analysis = CorpusAnalysis()
        let expanded = Ingest.expand(inputs)
        if expanded.count > 1 { Ingest.keepFreedMemoryForNextFile() }
        for (index, item) in expanded.enumerated() {
            switch item {
            case let .failure(error):
                analysis.failures.append(error)
            case let .success(path):
                do {
                    let document = try load(path)
                    let result = extractor.extract(from: document)
                    analysis.figures += result.figures
                    analysis.failures += document.problems
                    analysis.warnings += result.warnings
                    analysis.reports.append(Report(file: path, heading: result.heading))
                } catch let error as IngestError {
                    analysis.failures.append(error)
                } catch {
                    analysis.failures.append(IngestError(path: path, reason: "\(error)"))
                }
            }
            progress(index + 1, expanded.count)
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
