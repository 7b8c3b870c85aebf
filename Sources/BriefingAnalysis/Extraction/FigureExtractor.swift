import Foundation

/// Finds the figures of a document: every stated change, level and target, with subject,
/// metric, basis, year, period, category, polarity and the clause it came from.
///
/// ```
/// Document ─► paragraphs (headings, 【sections】, questions, body)
///          ─► sentences ─► clauses ─► groups of values ("12.43%、10.85%")
///          ─► a frame per group: trigger (下降 / 达 / 减少…排放 / none), phrase before it
///          ─► subject + metric(s), paired with the values ─► [Figure]
/// ```
/// Context runs from paragraph to paragraph: the section head (【中铝高端】), the heading's
/// year, and the organisation named last, so "该公司" and subject-less clauses resolve.
public struct FigureExtractor: Sendable {
    public var taxonomy: Taxonomy

    public init(taxonomy: Taxonomy = .standard) {
        self.taxonomy = taxonomy
    }

    public func extract(from document: Document) -> ExtractionResult {
        extract(from: document, quantities: QuantityScanner.scan(document.text))
    }

    /// Extracts the figures of a document, or of a text file's chunks in turn, with the problems
    /// its ingest met while it read the rest (pages of a PDF it could not read). The chunks of a
    /// file give what the whole file gives, byte for byte.
    public func extract(from source: DocumentSource) throws -> (result: ExtractionResult, problems: [IngestError]) {
        switch source {
        case let .whole(document): return (extract(from: document), document.problems)
        case let .chunks(chunks): return (try extract(from: chunks), [])
        }
    }

    /// Reads the chunks of a file in turn, as one run over the whole file (see
    /// `ExtractionRun.continue`). `each`, when given, gets each chunk's figures once they are
    /// complete, and they are not kept in the result (its warnings and heading are); its
    /// `restarted` is true when the file had to be read as a whole after all (see `TextChunks`):
    /// the figures it got before are to be dropped.
    public func extract(from chunks: TextChunks,
                        each: ((_ figures: [Figure], _ restarted: Bool) -> Void)? = nil) throws -> ExtractionResult {
        defer { chunks.close() }
        var run: ExtractionRun?
        while let part = try chunks.next() {
            switch part {
            case let .whole(document):
                var result = extract(from: document)
                if let each {
                    each(result.figures, run != nil)
                    result.figures = []
                }
                return result
            case let .chunk(document):
                let quantities = QuantityScanner.scan(document.text)
                if run == nil {
                    run = ExtractionRun(document: document, quantities: quantities, taxonomy: taxonomy, head: chunks.head)
                } else {
                    run!.continue(with: document, quantities: quantities)
                }
                run!.run()
                if let each {
                    each(run!.result.figures, false)
                    run!.result.figures.removeAll(keepingCapacity: true)
                }
            }
        }
        return run?.result ?? ExtractionResult()
    }

    /// Extracts with quantities already scanned from `document.text`.
    public func extract(from document: Document, quantities: [Quantity]) -> ExtractionResult {
        var run = ExtractionRun(document: document, quantities: quantities, taxonomy: taxonomy)
        run.run()
        return run.result
    }
}
