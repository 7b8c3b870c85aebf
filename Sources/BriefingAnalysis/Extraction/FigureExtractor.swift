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

    /// Extracts with quantities already scanned from `document.text`.
    public func extract(from document: Document, quantities: [Quantity]) -> ExtractionResult {
        var run = ExtractionRun(document: document, quantities: quantities, taxonomy: taxonomy)
        run.run()
        return run.result
    }
}
