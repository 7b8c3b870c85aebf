/// The analysis pipeline over many inputs, one file at a time:
///
/// ```
/// inputs ─► Ingest.expand ─► for each path: load ─► FigureExtractor ─► [Figure]
/// ```
/// `load` is the ingest: `Ingest.load` reads text; the command line passes one that also reads
/// PDF (module BriefingPDF), whose documents bring the problems of pages it could not read.
/// A bad input becomes an `IngestError` and the others are still read; only the figures of a
/// file are kept after it is done, so memory follows the largest file, not the corpus.
/// Figures come out sorted by file and line.
public struct CorpusAnalysis: Sendable {
    public var figures: [Figure] = []
    public var warnings: [ExtractionWarning] = []
    public var failures: [IngestError] = []
    /// The inputs that were read, in order.
    public var sources: [String] = []

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
                    analysis.sources.append(path)
                } catch let error as IngestError {
                    analysis.failures.append(error)
                } catch {
                    analysis.failures.append(IngestError(path: path, reason: "\(error)"))
                }
            }
            progress(index + 1, expanded.count)
        }
        // Sorted by file, then line (stable: figures of one line keep their order in the text).
        analysis.figures = analysis.figures.enumerated()
            .sorted { ($0.element.file, $0.element.line, $0.offset) < ($1.element.file, $1.element.line, $1.offset) }
            .map(\.element)
        return analysis
    }
}
