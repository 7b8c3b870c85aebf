import Foundation

/// One pass over a document (see `FigureExtractor`), or over the chunks of one file in turn
/// (`continue(with:quantities:)`), which reads them exactly as the whole file.
struct ExtractionRun {
    /// The document, or the chunk of a file, being read.
    var document: Document
    var text: Scalars
    var quantities: [Quantity]
    let taxonomy: Taxonomy
    var cursor = 0
    var lines: LineCursor
    var context = ExtractionContext()
    /// Paragraphs after `context.bodyYear` / `context.lastOrganisation` was set, read when asked
    /// for (`bodyYear()`, `lastOrganisation()`).
    var yearsUnread = UnreadParagraphs<Range<Int>>()
    var organisationsUnread = UnreadParagraphs<OrganisationNames.Reader>()
    /// The organisations named in the current paragraph, read when a figure first falls back on
    /// them (most figures name their subject), as far as its figures ask; nil: not read.
    var paragraphOrganisations: OrganisationNames.Reader?
    /// Those named in the sentence asked about last, likewise (see `resolve`).
    var sentenceOrganisations: OrganisationNames.Reader?
    /// The reporting years of the current paragraph, likewise (nil: not read).
    var paragraphYears: [YearsAndPeriods.YearMention]?
    /// Provinces and cities opening a clause of the current paragraph, and its year words
    /// relative to the report's (去年), likewise read when first needed (nil: not read).
    var paragraphRegions: [(position: Int, name: String)]?
    var paragraphRelativeYears: [(position: Int, offset: Int)]?
    /// A 分别 list whose values come one by one, each with its own verb ("原煤、原油产量分别增长
    /// 3.1%和下降2.4%"): the clause, the list's items and the next one to pair.
    var respectiveList: (clause: Range<Int>, items: [(subject: MetricPhrase.SubjectRef?, metric: Scalars)], next: Int)?

    /// `LevelAdmissionRules` by metric (metrics repeat); the one rule that reads the unit is
    /// asked each time.
    var admissionByMetric = MetricCache<Bool>()

    /// The metric of the paragraph's last figure that is no category (类) of another: what a
    /// category named later measures.
    var paragraphMeasure: Scalars?
    /// The base unit of the figure that set `paragraphMeasure`: a sibling item (`sibling`) is
    /// measured in the same.
    var paragraphMeasureUnit = ""
    /// The last per-capita figure, whose components may follow under 其中, in its paragraph or
    /// the next one (a line-broken text splits them; see `perCapitaComponent`).
    var perCapitaParent: PerCapitaParent?
    /// The last amount emitted with a metric: what members of a list after a colon measure
    /// (see `listedMeasure`).
    var listMeasure: ListMeasure?
    /// The organisation name resolved last: figures in a row fall back on the same one.
    var resolvedName: (range: Range<Int>, name: String)?
    var result = ExtractionResult()
    /// The periods stated in the sentence read last, for all its figures.
    var sentencePeriods: (sentence: Range<Int>, candidates: [YearsAndPeriods.PeriodMention])?
    /// Where each figure's quote and number stand, in the order of `result.figures`, until
    /// `fillProvenance` reads them from the original.
    var pendingProvenance: [PendingProvenance] = []
    /// Metrics repeat: each spelling's String and taxonomy answer are made once.
    var metricSpellings = MetricSpellings()
    /// The values of a sentence (see `sentence`), kept to reuse its storage.
    var valueBuffer: [Int] = []
    /// Likewise the figures of a sentence's last group and of the group being emitted, and a
    /// group's metrics (see `emit`): reused, no array is allocated per group.
    var previousBuffer: [PreviousFigure] = []
    var emittedBuffer: [PreviousFigure] = []
    var itemBuffer: [(subject: MetricPhrase.SubjectRef?, metric: Scalars)] = []
    /// Metrics repeat: category and polarity by metric and direction.
    var taxonomyCache: [String: MetricPolarity] = [:]
    /// The same answers by exact spelling, checked first (no NFC hashing; see `MetricCache`).
    var exactTaxonomyCache = MetricCache<MetricPolarity>()
    /// Section heads repeat (【中铝集团】): whether each is a topic, by exact spelling.
    var topicHeads = MetricCache<Bool>()

    /// `head`: the start of the file (its first 64 KB) when `document` is a chunk of it.
    init(document: Document, quantities: [Quantity], taxonomy: Taxonomy, head: [UInt8]? = nil) {
        self.document = document
        self.text = document.text
        self.quantities = quantities
        self.taxonomy = taxonomy
        self.lines = LineCursor(document)
        self.metricSpellings = MetricSpellings(fullWidthBrackets: MetricSpellings.writesFullWidthBrackets(head ?? document.original))
    }

    /// Reads the document's paragraphs; the figures found are appended to `result`.
    mutating func run() {
        var start = 0
        let n = text.count
        let firstFigure = result.figures.count
        // At most one figure per value but for lists under 均 (rare): sized once, not regrown.
        result.figures.reserveCapacity(firstFigure + quantities.count)
        pendingProvenance.reserveCapacity(quantities.count)
        while start < n {
            let end = text.withUnsafeBufferPointer { t in
                t.firstIndex(of: 0x0A, 0x0A, 0x0A, from: start, to: n)
            }
            paragraph(start..<end)
            start = end + 1
        }
        fillProvenance(from: firstFigure)
        for range in OutOfRangeNumbers.find(in: text) {
            let written = String(String.UnicodeScalarView(text[range]))
            result.warnings.append(ExtractionWarning(file: document.file, line: lines.line(ofText: range.lowerBound),
                message: "number.out-of-range: “\(written)” is beyond ±10^90 and is not read as a number; check the text"))
        }
        // Stable by line: figures are found in text order already, so the sort is usually skipped.
        // (Indexing reads only `line`; zipping the array with itself copied every Figure.) A
        // chunk's figures stand on lines after those of the chunks before it: sorting each
        // chunk's is sorting all.
        let figures = result.figures[firstFigure...]
        if figures.indices.dropFirst().contains(where: { figures[$0 - 1].line > figures[$0].line }) {
            let sorted = figures.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
            result.figures.replaceSubrange(firstFigure..., with: sorted)
        }
    }
}

/// An amount's metric and base unit, and where it stood.
struct ListMeasure {
    let metric: String
    let baseUnit: String
    var position: Int
    /// Whether a colon stands between it and the start of the text being read: set when it was
    /// found in an earlier chunk of the file (its position is then negative).
    var colonSeen = false
}
