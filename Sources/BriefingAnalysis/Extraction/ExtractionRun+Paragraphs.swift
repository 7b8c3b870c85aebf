import Foundation

// Paragraphs and sentences: a paragraph's role (section head, heading, question, body),
// titles and notes, and where each sentence with values starts and ends.

extension ExtractionRun {
    // MARK: Paragraphs

    enum Role { case section(name: String, bodyStart: Int), question, heading, body }

    /// Sentence and clause ends, tested once per scalar of every paragraph with figures: a
    /// switch compiles to a few compares (a static set costs a lazy-initialisation check per
    /// test), after one range test that rejects Han text (it lies between the ASCII and CJK
    /// marks and the full-width ones).
    @inline(__always) static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        if s.value &- 0x3003 < 0xFF01 - 0x3003 { return false }
        switch s {
        case "。", "！", "？", "!", "?", "…": return true
        default: return false
        }
    }

    @inline(__always) static func endsClause(_ s: Unicode.Scalar) -> Bool {
        if s.value &- 0x3C < 0xFF0C - 0x3C { return false }
        switch s {
        case ",", "，", ";", "；", ":", "：": return true
        default: return false
        }
    }
    static let question = Array("问:".unicodeScalars)
    static let fullWidthQuestion = Array("问：".unicodeScalars)

    static func role(of range: Range<Int>, in text: Scalars) -> Role {
        let lo = range.lowerBound, hi = range.upperBound
        if text[lo] == "【", let close = (lo..<min(hi, lo + 24)).first(where: { text[$0] == "】" }), close > lo + 1 {
            return .section(name: text.string((lo + 1)..<close), bodyStart: close + 1)
        }
        // 问 tested first: the two words are statics, each read a lazy-initialisation check.
        if text[lo] == "问", text.matches(Self.question, at: lo) || text.matches(Self.fullWidthQuestion, at: lo) { return .question }
        let last = text[hi - 1]
        if hi - lo <= 30, !Self.endsSentence(last), last != "；", last != ";",
           !(lo..<hi).contains(where: { text[$0] == "，" || text[$0] == "," }) {
            return .heading
        }
        return .body
    }

    mutating func paragraph(_ whole: Range<Int>) {
        var lo = whole.lowerBound, hi = whole.upperBound
        while lo < hi, text[lo] == " " { lo += 1 }
        while hi > lo, text[hi - 1] == " " { hi -= 1 }
        let firstQuantity = cursor
        while cursor < quantities.count, quantities[cursor].start < whole.upperBound { cursor += 1 }
        guard lo < hi else { return }
        defer { context.paragraphsSeen += 1 }
        context.paragraphRegion = nil
        var body = lo..<hi
        if context.paragraphsSeen < 5 {
            // Titles, datelines and source lines are short: their first scalars are read.
            let opening = body.lowerBound..<min(body.upperBound, body.lowerBound + Self.openingReach)
            let places = DocumentPlace.places(inOpening: text, range: opening)
            if context.paragraphsSeen == 0 { context.titlePlace = places.first }
            context.openingPlaces += places.filter { !context.openingPlaces.contains($0) }
            if context.datelineYear == nil { context.datelineYear = YearsAndPeriods.datelineYear(in: text, range: opening) }
        }
        // "来源：…", "发布时间：…": a web page's metadata line names no subject of the report.
        if Self.isMetadata(body, in: text) { return }
        switch Self.role(of: body, in: text) {
        case let .section(name, bodyStart):
            // 【中铝高端】 names who the section is about; 【节能降碳】 only what it is about.
            // 【本报讯】, 【明报专讯】, 【新华社北京电】: a news dateline, no subject.
            if !isTopic(name), !Self.isDateline(name) {
                context.sectionSubject = name
                setLastOrganisation(name)
                context.headingYear = nil
                setBodyYear(nil)
            }
            body = bodyStart..<hi
            guard !body.isEmpty else { return }
        case .question, .heading:
            if case .heading = Self.role(of: body, in: text) { context.sectionSubject = nil }
            // 注释, 附注: what follows defines terms and sources; its numbers are no figures.
            if Lexicon.shared.notesHeadings.contains(text, Self.strippedHeading(body, in: text)) { context.inNotes = true }
            context.headingYear = YearsAndPeriods.years(in: text, range: body).first?.year
            if context.paragraphsSeen < 5, context.documentYear == nil { context.documentYear = context.headingYear }
            if context.paragraphsSeen < 5, context.documentRegion == nil {
                context.documentRegion = Self.regions(in: text, range: body, atClauseStart: false).first?.name
            }
            if context.paragraphsSeen < 5, context.documentPlace == nil {
                context.documentPlace = DocumentPlace.place(inTitle: text, range: body)
            }
            setBodyYear(nil)
            let organisation = OrganisationNames.mentions(in: text, range: body).last.map { $0.name(in: text) }
            if let org = organisation { setLastOrganisation(org) }
            if context.paragraphsSeen < 5, result.heading.title == nil {
                result.heading = ReportHeading(title: text.string(body), year: context.documentYear,
                                               entity: context.documentPlace ?? organisation)
            }
            if case .question = Self.role(of: body, in: text) { return }
        case .body:
            break
        }
        // A footnote ("[3]…", "注：…") or the notes section explains; it states no figure.
        if context.inNotes || Self.isFootnote(body, in: text) { return }
        let inParagraph = Self.quantities(of: quantities, in: body, from: firstQuantity..<cursor)
        guard !inParagraph.isEmpty else {
            yearsUnread.append(body)
            organisationsUnread.append(OrganisationNames.Reader(body))
            return
        }
        let facts = ParagraphFacts(range: body)
        paragraphOrganisations = nil
        paragraphMeasure = nil
        paragraphYears = nil
        paragraphRegions = nil
        paragraphRelativeYears = nil
        sentences(facts, inParagraph)
        if let years = paragraphYears {
            if let year = years.last?.year { setBodyYear(year) }
        } else {
            yearsUnread.append(body)
        }
        if let organisations = paragraphOrganisations, organisations.isComplete {
            if let org = organisations.found.last { setLastOrganisation(org.name(in: text)) }
        } else {
            // Not read to its end: read on should a later figure ask.
            organisationsUnread.append(paragraphOrganisations ?? OrganisationNames.Reader(body))
        }
    }

    /// How much of each of a text's first paragraphs is read for its places and date line.
    static let openingReach = 160

    /// A news dateline in a section head: it ends with 讯 or 电.
    static func isDateline(_ head: String) -> Bool { head.hasSuffix("讯") || head.hasSuffix("电") }

    /// A metadata line: a label of `Lexicon.metadataLabels` followed by a mark or a space.
    static func isMetadata(_ range: Range<Int>, in text: Scalars) -> Bool {
        guard let n = Lexicon.shared.metadataLabels.match(in: text, at: range.lowerBound), range.lowerBound + n < range.upperBound else { return false }
        let next = text[range.lowerBound + n]
        return next == ":" || next == "：" || next == "/" || next == " " || next == "|"
    }

    /// A heading without the marks around it (`**注释**`, `【注释】`).
    static func strippedHeading(_ range: Range<Int>, in text: Scalars) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, "*#【[ :：".unicodeScalars.contains(text[lo]) { lo += 1 }
        while hi > lo, "*#】] :：".unicodeScalars.contains(text[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// "[3]资料来源…", "注：…", "注1：…": a footnote's paragraph.
    static func isFootnote(_ range: Range<Int>, in text: Scalars) -> Bool {
        let lo = range.lowerBound
        guard range.count >= 3 else { return false }
        if text[lo] == "[" || text[lo] == "［", text[lo + 1].isDigit { return true }
        if text[lo] == "注", text[lo + 1] == ":" || text[lo + 1] == "：" || text[lo + 1].isDigit { return true }
        return false
    }

    /// The quantities of `candidates` that start in `body`. The scanner returns them in text
    /// order, so they are a contiguous run, taken as a slice (no copies); should the order ever
    /// not hold, they are filtered as before.
    static func quantities(of quantities: [Quantity], in body: Range<Int>, from candidates: Range<Int>) -> ArraySlice<Quantity> {
        var lo = candidates.lowerBound, hi = candidates.upperBound
        while lo < hi, !body.contains(quantities[lo].start) { lo += 1 }
        while hi > lo, !body.contains(quantities[hi - 1].start) { hi -= 1 }
        if (lo..<hi).allSatisfy({ body.contains(quantities[$0].start) }) { return quantities[lo..<hi] }
        return ArraySlice(quantities[candidates].filter { body.contains($0.start) })
    }

    mutating func sentences(_ facts: ParagraphFacts, _ found: ArraySlice<Quantity>) {
        var start = facts.range.lowerBound
        var k = found.startIndex
        let upper = facts.range.upperBound
        while start < upper, k < found.endIndex {
            // Sentences without values state nothing: go to the one that holds the next value.
            start = Self.sentenceStart(of: found[k].start, from: start, in: text)
            let end = text.withUnsafeBufferPointer { t in
                var end = t.firstIndex(from: start, to: upper, outside: 0x3003, 0xFF01, where: Self.endsSentence)
                while end < upper, Self.endsSentence(t[end]) || t[end] == "”" { end += 1 }
                return end
            }
            let first = k
            while k < found.endIndex, found[k].start < end { k += 1 }
            if k > first { sentence(start..<end, found[first..<k], facts) }
            start = end
        }
    }

    /// The start of the sentence that holds `position`, looking back to `floor` (a sentence
    /// start). A sentence ends after a run of end marks and closing quotes that holds an end
    /// mark (the loops above), so the start is the end of the last such run before `position`.
    static func sentenceStart(of position: Int, from floor: Int, in text: Scalars) -> Int {
        text.withUnsafeBufferPointer { t in
            var j = position
            while j > floor {
                guard Self.endsSentence(t[j - 1]) || t[j - 1] == "”" else { j -= 1; continue }
                var r = j - 1
                var hasEnd = Self.endsSentence(t[r])
                while r > floor, Self.endsSentence(t[r - 1]) || t[r - 1] == "”" {
                    r -= 1
                    hasEnd = hasEnd || Self.endsSentence(t[r])
                }
                if hasEnd { return j }
                j = r
            }
            return floor
        }
    }
}
