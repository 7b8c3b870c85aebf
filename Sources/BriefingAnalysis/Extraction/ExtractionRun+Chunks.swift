// Chunks: reading a file's chunks (`TextChunks`) in turn as one run reads the whole file.

extension ExtractionRun {
    /// Goes on with the next chunk of the same file, after `run()` read this one. A chunk's
    /// text follows this one's after the "\n" between them, so what the run carries from
    /// paragraph to paragraph is carried over as it is, with positions in this chunk moved to
    /// the next one's (negative: before it):
    /// - what was left to read when asked (the year and the organisation named last by the
    ///   paragraphs since they were set) is read now, from this chunk's text, latest first, as
    ///   it would be later;
    /// - a per-capita figure and a list's amount, which later figures look back to, keep their
    ///   positions, and whether the text since then holds 其中 or a colon (they read the text
    ///   between);
    /// - what is remembered of a clause, a sentence or a name's position only to be reused there
    ///   is forgotten (no later position equals one in this chunk).
    mutating func `continue`(with next: Document, quantities nextQuantities: [Quantity]) {
        _ = bodyYear()
        _ = lastOrganisation()
        let shift = text.count + 1
        if var parent = perCapitaParent {
            parent.openerSeen = parent.openerSeen
                || text.firstIndex(of: Lexicon.shared.componentsOpener, from: parent.position, upTo: text.count) != nil
            parent.position -= shift
            perCapitaParent = parent
        }
        if var measure = listMeasure {
            measure.colonSeen = measure.colonSeen
                || (max(measure.position, 0)..<text.count).contains { text[$0] == ":" || text[$0] == "：" }
            measure.position -= shift
            listMeasure = measure
        }
        respectiveList = nil
        resolvedName = nil
        sentencePeriods = nil
        sentenceOrganisations = nil
        paragraphOrganisations = nil
        document = next
        text = next.text
        quantities = nextQuantities
        lines = LineCursor(next)
        cursor = 0
    }
}
