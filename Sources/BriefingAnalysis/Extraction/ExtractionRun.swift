import Foundation

/// Context carried from paragraph to paragraph.
struct ExtractionContext {
    var sectionSubject: String?
    var headingYear: Int?
    /// The last reporting year named in body text since the last heading (up to the paragraphs
    /// in `ExtractionRun.yearsUnread`).
    var bodyYear: Int?
    /// Up to the paragraphs in `ExtractionRun.organisationsUnread`.
    var lastOrganisation: String?
    /// The year in the document's title (a heading among its first paragraphs).
    var documentYear: Int?
    /// A region named as subject earlier in the paragraph (全省, 全市), for later sentences.
    var paragraphRegion: String?
    /// A region in the document's title ("2024年全市生态环境状况公报"): whom figures are about
    /// when nothing nearer says.
    var documentRegion: String?
    /// The place the title names ("2021年某某市国民经济和社会发展统计公报" → 某某市): the
    /// subject of figures that name none, and what 全市 / 本市 / 我市 mean (`DocumentPlace`).
    var documentPlace: String?
    var paragraphsSeen = 0
    /// After a heading 注释 / 附注: definitions and sources, not figures.
    var inNotes = false
}

/// What a paragraph knows that its figures may borrow: its years and organisation names,
/// read (by `ExtractionRun`) when a figure first asks for them.
struct ParagraphFacts {
    let range: Range<Int>
}

/// The figure emitted last in a sentence, for clauses that continue it ("比上年下降1.7%").
struct PreviousFigure {
    let metric: String
    /// The figure's own subject (a sector of a list, say), for a clause that continues it.
    let subject: String?
    /// The subject of its phrase as a whole, for later clauses that name none.
    let phraseSubject: String?
    let clauseStart: Int
}

/// A figure's quote (a range of the text) and the position of its number, read from the
/// original once the whole text is read (see `ExtractionRun.fillProvenance`).
struct PendingProvenance {
    let quote: Range<Int>
    let numberAt: Int
}

/// One pass over a document (see `FigureExtractor`).
struct ExtractionRun {
    let document: Document
    let text: Scalars
    let quantities: [Quantity]
    let taxonomy: Taxonomy
    private var cursor = 0
    private var lines: LineCursor
    private var context = ExtractionContext()
    /// Paragraphs after `context.bodyYear` / `context.lastOrganisation` was set, read when asked
    /// for (`bodyYear()`, `lastOrganisation()`).
    private var yearsUnread = UnreadParagraphs<Range<Int>>()
    private var organisationsUnread = UnreadParagraphs<OrganisationNames.Reader>()
    /// The organisations named in the current paragraph, read when a figure first falls back on
    /// them (most figures name their subject), as far as its figures ask; nil: not read.
    private var paragraphOrganisations: OrganisationNames.Reader?
    /// Those named in the sentence asked about last, likewise (see `resolve`).
    private var sentenceOrganisations: OrganisationNames.Reader?
    /// The reporting years of the current paragraph, likewise (nil: not read).
    private var paragraphYears: [YearsAndPeriods.YearMention]?
    /// Provinces and cities opening a clause of the current paragraph, and its year words
    /// relative to the report's (去年), likewise read when first needed (nil: not read).
    private var paragraphRegions: [(position: Int, name: String)]?
    private var paragraphRelativeYears: [(position: Int, offset: Int)]?
    /// A 分别 list whose values come one by one, each with its own verb ("原煤、原油产量分别增长
    /// 3.1%和下降2.4%"): the clause, the list's items and the next one to pair.
    private var respectiveList: (clause: Range<Int>, items: [(subject: MetricPhrase.SubjectRef?, metric: Scalars)], next: Int)?
    /// `LevelAdmissionRules` by metric (metrics repeat); the one rule that reads the unit is
    /// asked each time.
    private var admissionByMetric = MetricCache<Bool>()

    private mutating func isRejectedLevel(_ metric: String, unit: String, qualifier: Qualifier?) -> Bool {
        if LevelAdmissionRules.isDuration(unit) {
            return LevelAdmissionRules.rejecting(metric: Array(metric.unicodeScalars), unit: unit, qualifier: qualifier) != nil
        }
        if let known = admissionByMetric.value(for: metric) { return known }
        let rejected = LevelAdmissionRules.rejecting(metric: Array(metric.unicodeScalars), unit: unit, qualifier: qualifier) != nil
        admissionByMetric.insert(rejected, for: metric)
        return rejected
    }

    /// The metric of the paragraph's last figure that is no category (类) of another: what a
    /// category named later measures.
    private var paragraphMeasure: Scalars?
    /// The organisation name resolved last: figures in a row fall back on the same one.
    private var resolvedName: (range: Range<Int>, name: String)?
    private(set) var result = ExtractionResult()
    /// The periods stated in the sentence read last, for all its figures.
    private var sentencePeriods: (sentence: Range<Int>, candidates: [YearsAndPeriods.PeriodMention])?
    /// Where each figure's quote and number stand, in the order of `result.figures`, until
    /// `fillProvenance` reads them from the original.
    private var pendingProvenance: [PendingProvenance] = []
    /// Metrics repeat: each spelling's String and taxonomy answer are made once.
    private var metricSpellings = MetricSpellings()
    /// The values of a sentence (see `sentence`), kept to reuse its storage.
    private var valueBuffer: [Int] = []
    /// Likewise the figures of a sentence's last group and of the group being emitted, and a
    /// group's metrics (see `emit`): reused, no array is allocated per group.
    private var previousBuffer: [PreviousFigure] = []
    private var emittedBuffer: [PreviousFigure] = []
    private var itemBuffer: [(subject: MetricPhrase.SubjectRef?, metric: Scalars)] = []
    /// Metrics repeat: category and polarity by metric and direction.
    private var taxonomyCache: [String: MetricPolarity] = [:]
    /// The same answers by exact spelling, checked first (no NFC hashing; see `MetricCache`).
    private var exactTaxonomyCache = MetricCache<MetricPolarity>()
    /// Section heads repeat (【中铝集团】): whether each is a topic, by exact spelling.
    private var topicHeads = MetricCache<Bool>()

    init(document: Document, quantities: [Quantity], taxonomy: Taxonomy) {
        self.document = document
        self.text = document.text
        self.quantities = quantities
        self.taxonomy = taxonomy
        self.lines = LineCursor(document)
    }

    mutating func run() {
        var start = 0
        let n = text.count
        // At most one figure per value but for lists under 均 (rare): sized once, not regrown.
        result.figures.reserveCapacity(quantities.count)
        pendingProvenance.reserveCapacity(quantities.count)
        while start < n {
            let end = text.withUnsafeBufferPointer { t in
                t.firstIndex(of: 0x0A, 0x0A, 0x0A, from: start, to: n)
            }
            paragraph(start..<end)
            start = end + 1
        }
        fillProvenance()
        // Stable by line: figures are found in text order already, so the sort is usually skipped.
        // (Indexing reads only `line`; zipping the array with itself copied every Figure.)
        let figures = result.figures
        if figures.indices.dropFirst().contains(where: { figures[$0 - 1].line > figures[$0].line }) {
            result.figures = figures.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        }
    }

    // MARK: Paragraphs

    private enum Role { case section(name: String, bodyStart: Int), question, heading, body }

    /// Sentence and clause ends, tested once per scalar of every paragraph with figures: a
    /// switch compiles to a few compares (a static set costs a lazy-initialisation check per
    /// test), after one range test that rejects Han text (it lies between the ASCII and CJK
    /// marks and the full-width ones).
    @inline(__always) private static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        if s.value &- 0x3003 < 0xFF01 - 0x3003 { return false }
        switch s {
        case "。", "！", "？", "!", "?", "…": return true
        default: return false
        }
    }

    @inline(__always) private static func endsClause(_ s: Unicode.Scalar) -> Bool {
        if s.value &- 0x3C < 0xFF0C - 0x3C { return false }
        switch s {
        case ",", "，", ";", "；", ":", "：": return true
        default: return false
        }
    }
    private static let question = Array("问:".unicodeScalars)
    private static let fullWidthQuestion = Array("问：".unicodeScalars)

    private static func role(of range: Range<Int>, in text: Scalars) -> Role {
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

    private mutating func paragraph(_ whole: Range<Int>) {
        var lo = whole.lowerBound, hi = whole.upperBound
        while lo < hi, text[lo] == " " { lo += 1 }
        while hi > lo, text[hi - 1] == " " { hi -= 1 }
        let firstQuantity = cursor
        while cursor < quantities.count, quantities[cursor].start < whole.upperBound { cursor += 1 }
        guard lo < hi else { return }
        defer { context.paragraphsSeen += 1 }
        context.paragraphRegion = nil
        var body = lo..<hi
        switch Self.role(of: body, in: text) {
        case let .section(name, bodyStart):
            // 【中铝高端】 names who the section is about; 【节能降碳】 only what it is about.
            if !isTopic(name) {
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
            if Self.notesHeadings.contains(text, Self.strippedHeading(body, in: text)) { context.inNotes = true }
            context.headingYear = YearsAndPeriods.years(in: text, range: body).first?.year
            if context.paragraphsSeen < 5, context.documentYear == nil { context.documentYear = context.headingYear }
            if context.paragraphsSeen < 5, context.documentRegion == nil {
                context.documentRegion = Self.regions(in: text, range: body, atClauseStart: false).first?.name
            }
            if context.paragraphsSeen < 5, context.documentPlace == nil {
                context.documentPlace = DocumentPlace.place(inTitle: text, range: body)
            }
            setBodyYear(nil)
            if let org = OrganisationNames.mentions(in: text, range: body).last { setLastOrganisation(org.name(in: text)) }
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

    static let notesHeadings = WordList(["注释", "附注", "注", "注解", "说明", "资料来源", "备注"])

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

    /// The reporting years of `paragraph` (the current one), read once.
    private mutating func years(in paragraph: Range<Int>) -> [YearsAndPeriods.YearMention] {
        if let known = paragraphYears { return known }
        let found = YearsAndPeriods.years(in: text, range: paragraph)
        paragraphYears = found
        return found
    }

    /// The organisation named last in `sentence` that ends by `position`. A sentence's names
    /// are those of its paragraph that start in it: a name never reaches back over the end
    /// mark before the sentence, nor does a later one replace a name before it, so the sentence
    /// is read on its own, as far as its figures ask.
    private mutating func lastOrganisation(in sentence: Range<Int>, through position: Int) -> OrganisationNames.Mention? {
        if sentenceOrganisations?.range != sentence { sentenceOrganisations = OrganisationNames.Reader(sentence) }
        sentenceOrganisations!.read(text, through: position)
        let found = sentenceOrganisations!.found
        let k = Self.countBefore(position + 1, in: found) { $0.range.upperBound }
        return k > 0 ? found[k - 1] : nil
    }

    /// The first organisation named in `paragraph` (the current one) if it ends by `position`,
    /// read once and only as far as that takes.
    private mutating func firstOrganisation(in paragraph: Range<Int>, through position: Int) -> OrganisationNames.Mention? {
        if paragraphOrganisations == nil { paragraphOrganisations = OrganisationNames.Reader(paragraph) }
        paragraphOrganisations!.readFirst(text, through: position)
        guard let first = paragraphOrganisations!.found.first, first.range.upperBound <= position else { return nil }
        return first
    }

    /// `Lexicon.isTopic`, once per section head (it splits the head into Characters).
    private mutating func isTopic(_ head: String) -> Bool {
        if let known = topicHeads.value(for: head) { return known }
        let topic = Lexicon.isTopic(head)
        topicHeads.insert(topic, for: head)
        return topic
    }

    private mutating func setBodyYear(_ year: Int?) {
        context.bodyYear = year
        yearsUnread.removeAll()
    }

    private mutating func setLastOrganisation(_ name: String) {
        context.lastOrganisation = name
        organisationsUnread.removeAll()
    }

    /// `context.bodyYear`, reading the paragraphs after it first.
    private mutating func bodyYear() -> Int? {
        let text = text
        if let year = yearsUnread.latest({ YearsAndPeriods.years(in: text, range: $0).last?.year }) { context.bodyYear = year }
        return context.bodyYear
    }

    /// `context.lastOrganisation`, reading the paragraphs after it first.
    private mutating func lastOrganisation() -> String? {
        let text = text
        if let org = organisationsUnread.latest({ paragraph -> OrganisationNames.Mention? in
            var reader = paragraph
            return reader.lastMention(text)
        }) {
            context.lastOrganisation = org.name(in: text)
        }
        return context.lastOrganisation
    }

    /// The quantities of `candidates` that start in `body`. The scanner returns them in text
    /// order, so they are a contiguous run, taken as a slice (no copies); should the order ever
    /// not hold, they are filtered as before.
    private static func quantities(of quantities: [Quantity], in body: Range<Int>, from candidates: Range<Int>) -> ArraySlice<Quantity> {
        var lo = candidates.lowerBound, hi = candidates.upperBound
        while lo < hi, !body.contains(quantities[lo].start) { lo += 1 }
        while hi > lo, !body.contains(quantities[hi - 1].start) { hi -= 1 }
        if (lo..<hi).allSatisfy({ body.contains(quantities[$0].start) }) { return quantities[lo..<hi] }
        return ArraySlice(quantities[candidates].filter { body.contains($0.start) })
    }

    private mutating func sentences(_ facts: ParagraphFacts, _ found: ArraySlice<Quantity>) {
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
    private static func sentenceStart(of position: Int, from floor: Int, in text: Scalars) -> Int {
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

    // MARK: Sentences and clauses

    /// Classifiers that count organisations ("证券公司4家"): with an organisation's name and no
    /// metric, the name is what is counted.
    static let organisationCounts: Set<String> = ["家", "个", "户", "所", "座", "只"]

    static let activityVerbs = WordList(["排放", "发电", "用电", "用水", "耗水", "耗电", "取水", "供电", "售电", "节电", "节水"])

    /// How far back in a sentence a period or basis stated before the clause is looked for.
    static let lookBehind = 120

    /// Kinds that state a figure (a bare number does not).
    @inline(__always) private static func isFigureKind(_ kind: Quantity.Kind) -> Bool {
        switch kind {
        case .percent, .percentagePoint, .quantity, .money, .fraction: return true
        case .number: return false
        }
    }

    private mutating func sentence(_ range: Range<Int>, _ found: ArraySlice<Quantity>, _ facts: ParagraphFacts) {
        var previous: [PreviousFigure] = [], emitted: [PreviousFigure] = []
        swap(&previous, &previousBuffer)
        swap(&emitted, &emittedBuffer)
        defer {
            previous.empty()
            previousBuffer = previous
            emittedBuffer = emitted
        }
        var previousClause: Range<Int>?
        var inTargetSentence = false
        var next = found.startIndex
        // The sentence's kept values, by index into `found`; the buffer is reused across sentences.
        var values: [Int] = []
        swap(&values, &valueBuffer)  // taken, not shared: clearing it keeps its storage
        defer { valueBuffer = values }
        var goalCues = GoalCues()
        var clauseStart = range.lowerBound
        // Clauses end after , ; : (the mark included). Those after the last value state nothing.
        while clauseStart < range.upperBound, next < found.endIndex {
            let clauseEnd = text.withUnsafeBufferPointer { t in
                let e = t.firstIndex(from: clauseStart, to: range.upperBound, outside: 0x3C, 0xFF0C, where: Self.endsClause)
                return min(e + 1, range.upperBound)
            }
            let clause = clauseStart..<clauseEnd
            clauseStart = clauseEnd
            // One cursor over the sentence's values: linear even for a one-sentence 50 MB text.
            values.empty()
            while next < found.endIndex, found[next].start < clause.upperBound {
                // Tested in place: only the indices of the values kept are stored.
                if Self.isFigureKind(found[next].kind) ? !Self.isDeterminer(found[next], in: text)
                    : Self.isUnitlessRate(found[next], clause: clause, in: text) || Self.opensRange(next, in: found, text) {
                    values.append(next)
                }
                next += 1
            }
            var segmentStart = clause.lowerBound
            var groupStart = 0
            while groupStart < values.count {
                let indices = values[groupStart..<Self.groupEnd(values, in: found, from: groupStart, text)]
                groupStart = indices.endIndex
                let group = ValueGroup(quantities: found, indices: indices)
                let frame = FrameReader(text: text, values: group.start..<group.end, clause: clause,
                                        segmentStart: segmentStart, sentence: range)
                guard var read = frame.read() else { continue }
                if goalCues.isTarget(in: text, values: group.start..<group.end, cueStart: previousClause?.lowerBound ?? clause.lowerBound,
                                     clause: clause, inTargetSentence: inTargetSentence) {
                    read.kind = .target
                    inTargetSentence = true
                }
                emit(read, group: group, clause: clause, sentence: range, facts: facts,
                     previousGroup: previous, previousClause: previousClause, valuesInClause: values.count, into: &emitted)
                if !emitted.isEmpty {
                    swap(&previous, &emitted)
                    emitted.empty()
                    segmentStart = group.end
                }
            }
            previousClause = clause
        }
    }

    private static let unitlessHeads = WordList(["率", "指数", "系数"])

    /// A number without a unit that states a rate, index or coefficient: "损工事故率为0.12",
    /// "综合指数4.12" — the number alone ends its clause, right after the head or its verb.
    private static func isUnitlessRate(_ q: Quantity, clause: Range<Int>, in text: Scalars) -> Bool {
        guard q.kind == .number else { return false }
        let after = q.end
        guard after >= clause.upperBound || Self.endsClause(text[after]) || Self.endsSentence(text[after]) else { return false }
        var p = q.start
        if let verb = Lexicon.levelVerbs.match(in: text, endingAt: p, lowerBound: clause.lowerBound) { p -= verb }
        // The Decimal comparison last: it costs more than the other tests together.
        return Self.unitlessHeads.match(in: text, endingAt: p, lowerBound: clause.lowerBound) != nil && q.value < 10_000
    }

    /// "一项", "一个": a determiner ("是一项全国范围内的活动"), not a count.
    private static func isDeterminer(_ q: Quantity, in text: Scalars) -> Bool {
        // The Decimal comparison last: it is the expensive test.
        q.qualifier == nil && q.start < text.count && text[q.start] == "一" && q.value == 1
    }

    /// Values joined only by 、 和 及 与 以及 form one group ("12.43%、10.85%"): the end of the
    /// group that starts at `values[start]`.
    private static func groupEnd(_ values: [Int], in found: ArraySlice<Quantity>, from start: Int, _ text: Scalars) -> Int {
        var end = start + 1
        while end < values.count, case let (lower, upper) = (found[values[end - 1]], found[values[end]]),
              joinedAsList(lower.end, upper.start, text)
                || (isRange(lower.end, upper.start, text) && boundsShareUnit(lower, upper)) { end += 1 }
        return end
    }

    private static let listWords = WordList(["、", "和", "及", "与", "以及", "，", ",", "/"])
    /// Marks between the two bounds of a range ("3%—5%", "2000万至3000万吨").
    static let rangeMarks = WordList(["—", "～", "~", "-", "至", "到", "–", "——"])

    /// Whether `found[k]` (a number: "2000万") is the lower bound of a range whose upper bound
    /// carries the unit ("2000万至3000万吨").
    private static func opensRange(_ k: Int, in found: ArraySlice<Quantity>, _ text: Scalars) -> Bool {
        guard k + 1 < found.endIndex, isFigureKind(found[k + 1].kind) else { return false }
        return isRange(found[k].end, found[k + 1].start, text)
    }

    /// Whether the text between two values is a range mark.
    static func isRange(_ from: Int, _ to: Int, _ text: Scalars) -> Bool {
        guard to > from, to - from <= 2, let n = rangeMarks.match(in: text, at: from, limit: to) else { return false }
        return from + n == to
    }

    /// Whether two values can be the bounds of one range: the same unit, or a bare lower number.
    private static func boundsShareUnit(_ lower: Quantity, _ upper: Quantity) -> Bool {
        lower.kind == .number || lower.unit == upper.unit
    }

    /// Whether two values stand as a pair of readings of one thing ("1250万千瓦/2710万千瓦时").
    static func isPair(_ from: Int, _ to: Int, _ text: Scalars) -> Bool { to == from + 1 && text[from] == "/" }

    private static func joinedAsList(_ from: Int, _ to: Int, _ text: Scalars) -> Bool {
        guard to > from, to - from <= 3 else { return false }
        var lo = from, hi = to
        while lo < hi, text[lo] == " " { lo += 1 }
        while hi > lo, text[hi - 1] == " " { hi -= 1 }
        guard let n = listWords.match(in: text, at: lo, limit: hi) else { return false }
        return lo + n == hi
    }

    // MARK: Figures

    /// Emits the figures of `group` and puts what a later group may continue into `emitted`
    /// (empty: nothing, and the group does not end the segment; it is empty when called).
    private mutating func emit(_ frame: Frame, group: ValueGroup, clause: Range<Int>, sentence: Range<Int>,
                               facts: ParagraphFacts, previousGroup: [PreviousFigure], previousClause: Range<Int>?,
                               valuesInClause: Int, into emitted: inout [PreviousFigure]) {
        let previous = previousGroup.last
        let groupStart = group.start
        // A "，" between values only joins them when the clause says 分别.
        if group.count > 1, !frame.saysRespectively,
           (0..<(group.count - 1)).contains(where: { i in
               (group.end(i)..<max(group.end(i), group.start(i + 1))).contains { text[$0] == "，" || text[$0] == "," } }) {
            return
        }
        // "增长3%—5%", "2000万至3000万吨": one metric, two bounds; "1250万千瓦/2710万千瓦时":
        // one metric, two readings.
        // (`groupEnd` joins a range only when its bounds share a unit: "提高1.9个百分点至31.2%" is
        // a change and the level it reached.)
        let bounds = group.count == 2 && Self.isRange(group.end(0), group.start(1), text)
        let paired = group.count == 2 && Self.isPair(group.end(0), group.start(1), text)
        let parsed = MetricPhrase.parse(frame.phrase)
        var prefix: Scalars = []
        var main = parsed.metric
        if let between = frame.between {
            // 新能源新增装机: the noun before the verb belongs to the metric.
            if (2...6).contains(parsed.metric.count) { prefix = parsed.metric }
            main = MetricPhrase.trim(MetricPhrase.stripInline(between))
        }
        let named = prefix.isEmpty ? main : prefix + main  // `+` copies even an empty prefix
        var items: [(subject: MetricPhrase.SubjectRef?, metric: Scalars)] = []  // one, unless a list below
        swap(&items, &itemBuffer)
        defer {
            items.empty()
            itemBuffer = items
        }
        items.append((parsed.subject, named))
        // "火电和水电项目完成投资同比分别增长12%和8.5%": the subject is the list.
        if case let .named(who)? = parsed.subject, !named.isEmpty, group.count > 1 || (frame.saysRespectively && valuesInClause > 1),
           case let parts = MetricPhrase.listItems(Array(who.unicodeScalars), count: group.count > 1 ? group.count : valuesInClause),
           parts.count == (group.count > 1 ? group.count : valuesInClause),
           let members = Self.memberSubjects(parts.dropLast() + [parts.last! + named]) {
            if group.count > 1 { items = members } else { items = [members[0]]; respectiveList = (clause, members, 1) }
        } else if bounds || paired {
            items = [(parsed.subject, named), (parsed.subject, named)]
        } else if group.count == 1, named.isEmpty, let list = respectiveList, list.clause == clause, list.next < list.items.count {
            // "原煤、原油产量分别增长3.1%和下降2.4%": the list's next item, with a verb of its own.
            items = [list.items[list.next]]
            respectiveList!.next += 1
        } else if group.count == 1, frame.saysRespectively, valuesInClause > 1,
                  case let parts = MetricPhrase.listItems(named, count: valuesInClause), parts.count == valuesInClause {
            let all = Self.listItems(parts, subject: parsed.subject)
            items = [all[0]]
            respectiveList = (clause, all, 1)
        } else if named.isEmpty, group.count > 1, previousGroup.count == group.count {
            // "分别为3.2万吨、0.41万吨，分别下降4.1%和3.6%": values continuing the last list.
            items = Array(repeating: (parsed.subject, []), count: group.count)
        } else if group.count > 1 || frame.saysAll {
            let parts = MetricPhrase.listItems(named, count: group.count)
            if parts.count == group.count || (group.count == 1 && parts.count > 1 && frame.saysAll) {
                items = Self.listItems(parts, subject: parsed.subject)
            } else if group.count > 1 {
                result.warnings.append(ExtractionWarning(
                    file: document.file, line: lines.line(ofText: groupStart),
                    message: "pairing.count-mismatch: \(parts.count) metric(s) but \(group.count) values in “\(Self.trimmedWhitespace(clause, in: text))”; skipped"))
                return
            }
        }

        let phraseSubject = resolve(parsed.subject, before: groupStart, sentence: sentence, facts: facts, previous: previous)
        if case let .named(name)? = parsed.subject, Lexicon.regionWords.contains(name) || MetricPhrase.isCollective(name) {
            context.paragraphRegion = name
        }
        // Year and period are read for the group's first figure (many groups state none of ours).
        var when: (year: Int?, period: String?)?
        for (index, item) in items.enumerated() {
            // The value's fields are read in place: a copy of a Quantity (Decimals inside) goes
            // through its value witnesses, retaining every String.
            let found = group.quantities, at = group.position(group.count > 1 ? index : 0)
            var value = found[at].value, baseValue = found[at].baseValue
            var unit = found[at].unit, baseUnit = found[at].baseUnit, qualifier = found[at].qualifier
            if bounds {
                qualifier = index == 0 ? .atLeast : .atMost
                let upper = found[group.position(1)]
                if index == 0, found[at].kind == .number, upper.value != 0 {
                    // "2000万至3000万吨": the lower bound is read in the upper bound's unit.
                    unit = upper.unit
                    baseUnit = upper.baseUnit
                    value = found[at].unit.isEmpty ? value : found[at].value
                    baseValue = value * (upper.baseValue / upper.value)
                }
            }
            var direction = frame.direction
            var kind = frame.kind
            if value < 0, let d = direction {
                // "增长-2.1%" is a fall of 2.1%.
                value = -value
                baseValue = -baseValue
                direction = d == .up ? .down : .up
            } else if kind == .level, frame.basis != nil, value < 0 || text[found[at].start] == "+" {
                // "同比-3.5%", "比上年+2.1%": a signed value after a basis is a change.
                kind = .change
                direction = value < 0 ? .down : .up
                if value < 0 { value = -value; baseValue = -baseValue }
            }
            let completed = Self.complete(item.metric, frame: frame, previous: previous, previousClause: previousClause,
                                          sentence: sentence, in: text)
            var subject = item.subject.map { resolve($0, before: groupStart, sentence: sentence, facts: facts, previous: previous) } ?? phraseSubject
            var quoteStart = clause.lowerBound
            let metric: String
            var ownPolarity: MetricPolarity?  // the metric's own, when known already
            if completed.isEmpty, kind == .level, case let .named(name)? = item.subject ?? parsed.subject,
               Self.organisationCounts.contains(found[at].unit), !Lexicon.regionWords.contains(name) {
                // "共有证券公司4家、期货公司3家": the kind of organisation is what is counted.
                metric = name + "数"
                subject = context.documentPlace ?? context.documentRegion
            } else if completed.isEmpty {
                let earlier = previousGroup.count == items.count ? previousGroup[index] : previous
                guard let earlier else { emitted.empty(); return }  // nothing of the group's continues
                // "装机容量达到3250万千瓦，占总装机容量的42.6%": the share of the metric before.
                metric = earlier.metric + frame.suffix.string
                subject = earlier.subject
                quoteStart = earlier.clauseStart
                guard metric.unicodeScalars.count <= 40 else { emitted.empty(); return }  // nothing of the group's continues
            } else {
                guard completed.count <= 40 else { emitted.empty(); return }  // nothing of the group's continues
                // "居民消费价格上涨0.5%，其中医疗保健类上涨2.7%": a category of the paragraph's
                // measure is measured as it is.
                let whole = completed.last == "类" && completed.count >= 2 ? paragraphMeasure.map { completed + $0 } ?? completed : completed
                let spelling = metricSpellings.entry(whole) { [taxonomy] in taxonomy.polarity(of: $0) }
                metric = spelling.name
                ownPolarity = spelling.polarity
                if whole.last != "类", completed.last != "类" { paragraphMeasure = completed }
            }
            // A sector subject is part of what is measured: 光伏 + 发电量 is clean generation.
            let polarity: MetricPolarity
            if let subject, Lexicon.sectors.contains(subject) {
                polarity = classify(subject + metric)
            } else {
                polarity = ownPolarity ?? classify(metric)
            }
            let category = polarity.category
            if kind != .change, category == .other, isRejectedLevel(metric, unit: unit, qualifier: qualifier) {
                // Not a figure, but a clause after it may continue it ("…比例为91.5%，同比提高2.0个百分点").
                emitted.append(PreviousFigure(metric: metric, subject: subject, phraseSubject: phraseSubject, clauseStart: quoteStart))
                continue
            }
            if frame.isImprovement {
                // "浓度改善9.1%": down when lower is better, up when higher is; unknown: nothing.
                guard let better = polarity.down == true ? Figure.Direction.down : polarity.up == true ? .up : nil else {
                    result.warnings.append(ExtractionWarning(file: document.file, line: lines.line(ofText: groupStart),
                        message: "frame.improvement-of-unknown-polarity: “\(metric)” improved, but which way is better is not known; skipped"))
                    continue
                }
                direction = better
            }
            if when == nil {
                when = (year(before: groupStart, clause: clause, sentence: sentence, facts: facts),
                        readPeriod(clause: clause, sentence: sentence, near: groupStart))
            }
            let numberAt = (found[at].start..<found[at].end).first { text[$0].isDigit } ?? found[at].start
            result.figures.append(Figure(
                kind: kind, subject: subject, metric: metric, direction: direction,
                value: value, unit: unit, baseValue: baseValue, baseUnit: baseUnit, qualifier: qualifier,
                basis: frame.basis, year: when?.year,
                period: when?.period,
                category: category,
                improved: frame.isSaving || frame.isImprovement ? true : direction.flatMap { $0 == .up ? polarity.up : polarity.down },
                quote: "", file: document.file, line: 0))  // filled in by `fillProvenance`
            pendingProvenance.append(PendingProvenance(quote: quoteRange(quoteStart..<clause.upperBound), numberAt: numberAt))
            emitted.append(PreviousFigure(metric: metric, subject: subject, phraseSubject: phraseSubject, clauseStart: quoteStart))
        }
    }

    /// The period stated in the clause, else in the sentence shortly before it.
    private mutating func readPeriod(clause: Range<Int>, sentence: Range<Int>, near groupStart: Int) -> String? {
        if sentencePeriods?.sentence != sentence {
            sentencePeriods = (sentence, YearsAndPeriods.periodCandidates(in: text, range: sentence))
        }
        let candidates = sentencePeriods!.candidates
        return YearsAndPeriods.period(among: candidates, in: text, range: clause, near: groupStart)
            ?? YearsAndPeriods.period(among: candidates, in: text, range: max(sentence.lowerBound, clause.lowerBound - Self.lookBehind)..<clause.lowerBound,
                                      near: groupStart)
    }

    /// Category and whether up / down is an improvement, looked up once per metric (metrics
    /// read from the text come with theirs, see `MetricSpellings`; these are the others).
    private mutating func classify(_ metric: String) -> MetricPolarity {
        if let known = exactTaxonomyCache.value(for: metric) { return known }
        let value: MetricPolarity
        if let known = taxonomyCache[metric] {
            value = known
        } else {
            value = taxonomy.polarity(of: metric)
            taxonomyCache[metric] = value
        }
        exactTaxonomyCache.insert(value, for: metric)
        return value
    }

    /// Items of a list: sectors at the front become subjects ("铜冶炼、铝加工化学需氧量排放强度"),
    /// otherwise the last item lends its head to items without one ("化学需氧量、氨氮排放量").
    private static func listItems(_ parts: [Scalars], subject: MetricPhrase.SubjectRef?) -> [(subject: MetricPhrase.SubjectRef?, metric: Scalars)] {
        if let members = memberSubjects(parts) { return members }
        // Split (a String and an array each) only when every item opens with a sector.
        if parts.allSatisfy({ Lexicon.sectors.match(in: $0, at: 0) != nil }) {
            let sectors = parts.map(MetricPhrase.sectorSplit)
            if let shared = sectors.last??.rest, !shared.isEmpty {
                return sectors.map { (.named($0!.sector), $0!.rest.isEmpty ? shared : MetricPhrase.trim($0!.rest)) }
            }
        }
        let head = MetricPhrase.sharedHead(of: parts.last!)
        return parts.enumerated().map { index, part in
            let whole = index < parts.count - 1 && MetricPhrase.needsHead(part) ? part + (head ?? []) : part
            return (subject, whole)
        }
    }

    /// Nouns that group the members of a subject list: "华东、华南、华北地区用电量" lists regions
    /// (华东地区…) whose 用电量 is measured; "火电和水电项目完成投资", projects.
    static let groupNouns = WordList(["地区", "区域", "片区", "项目", "行业", "板块", "省份", "省区", "城市", "企业", "产业"])

    /// A list of subjects sharing one metric: every item but the last names a member only (no
    /// metric head), and the last is a member, a group noun, then the metric with its head.
    /// Each member takes the group noun ("华东地区"); the metric is the last item's rest.
    private static func memberSubjects(_ parts: [Scalars]) -> [(subject: MetricPhrase.SubjectRef?, metric: Scalars)]? {
        guard parts.count >= 2, let last = parts.last, parts.dropLast().allSatisfy({ MetricPhrase.needsHead($0) && $0.count <= 8 }) else { return nil }
        var k = 1
        while k < min(last.count - 2, 9) {
            if let g = groupNouns.match(in: last, at: k), k + g < last.count,
               Lexicon.metricHeads.match(in: last, endingAt: last.count) != nil || MetricPhrase.completesAMetric(Array(last[(k + g)...])) {
                let group = Array(last[k..<(k + g)])
                let metric = MetricPhrase.trim(Array(last[(k + g)...]))
                return parts.dropLast().map { (.named(($0.count >= group.count && Array($0.suffix(group.count)) == group ? $0 : $0 + group).string), metric) }
                    + [(.named(Array(last[0..<(k + g)]).string), metric)]
            }
            k += 1
        }
        return nil
    }

    private static let rateHeads = ["增速", "增幅", "降幅", "增长率"].map { Array($0.unicodeScalars) }

    /// Makes a metric whole: 排放 → 排放量; a bare head takes its noun from context; the share
    /// phrase of 占 is added ("占全国比重").
    private static func complete(_ metric: Scalars, frame: Frame, previous: PreviousFigure?, previousClause: Range<Int>?,
                                 sentence: Range<Int>, in text: Scalars) -> Scalars {
        var m = metric
        if m.count == 1 { m = [] }
        // "排放浓度：颗粒物8.2mg/m³": a substance under a form's label is measured as the label says.
        if Lexicon.substances.contains(m), let label = formLabel(in: text, sentence) { m += label }
        // An activity stated as a verb measures its amount: 排放 → 排放量, 发电 → 发电量.
        if m.count >= 2, activityVerbs.match(in: m, endingAt: m.count) != nil { m.append("量") }
        // "占全市电力总装机的比重提高到38.4%": the share of the metric before.
        if m.first == "占", let previous {
            m = Array(previous.metric.unicodeScalars) + m.filter { $0 != "的" }
        }
        if MetricPhrase.isBareHead(m) {
            if let previous, rateHeads.contains(m) {
                m = Array(previous.metric.unicodeScalars) + m
            } else if let previous, let noun = MetricPhrase.noun(of: Array(previous.metric.unicodeScalars)) {
                // "固体废物产生量约1250万吨，综合利用率85.3%" → 固体废物综合利用率.
                m = noun + m
            } else if let previousClause, let noun = MetricPhrase.contextNoun(from: text, previousClause.dropLast()) {
                m = noun + m
            }
        }
        if !m.isEmpty, !frame.suffix.isEmpty { m += frame.suffix }  // `+=` copies a shared array even to add nothing
        return m
    }

    private static let formLabelHeads = WordList(["浓度", "总量", "排放量", "排放", "产生量", "削减量", "强度", "量"])

    /// The label a sentence opens with in a disclosure form ("实际排放总量：…"): 2–8 Han
    /// characters before a colon, ending in a measure (浓度, 总量, 排放量…).
    static func formLabel(in text: Scalars, _ sentence: Range<Int>) -> Scalars? {
        var k = sentence.lowerBound
        while k < sentence.upperBound, k - sentence.lowerBound < 8, text[k].isHan { k += 1 }
        guard k - sentence.lowerBound >= 2, k < sentence.upperBound, text[k] == ":",
              formLabelHeads.match(in: text, endingAt: k, lowerBound: sentence.lowerBound) != nil else { return nil }
        return Array(text[sentence.lowerBound..<k])
    }

    /// Who a figure is about: named in its phrase; else the subject of the sentence's previous
    /// figure; else the organisation named last in the sentence, the section head (【中铝高端】),
    /// the paragraph's first organisation (its topic), a province or city opening a clause of
    /// the paragraph, the organisation named last before, and the region of the title.
    private mutating func resolve(_ ref: MetricPhrase.SubjectRef?, before position: Int, sentence: Range<Int>,
                         facts: ParagraphFacts, previous: PreviousFigure?) -> String? {
        let place = context.documentPlace
        if case let .named(name)? = ref { return DocumentPlace.resolve(name, place: place) }
        if ref == nil, let subject = previous?.phraseSubject { return subject }
        // Only names ending by `position` are asked about.
        if let org = lastOrganisation(in: sentence, through: position), !Self.isCounted(org, in: text) { return name(of: org) }
        if let region = context.paragraphRegion { return DocumentPlace.resolve(region, place: place) }
        if let section = context.sectionSubject { return section }
        if let org = openingOrganisation(of: facts.range, through: position) { return name(of: org) }
        // "2024年，全市环境空气质量持续改善。细颗粒物……": a province or city opening a clause
        // before (not 全国/我国, which company news names as background).
        if paragraphRegions == nil {
            paragraphRegions = Self.regions(in: text, range: facts.range, atClauseStart: true)
                .filter { $0.name != "全国" && $0.name != "我国" }
        }
        let r = Self.countBefore(position, in: paragraphRegions!) { $0.position }
        if r > 0 { return DocumentPlace.resolve(paragraphRegions![r - 1].name, place: place) }
        // 该公司 refers back to a company; a figure that names no one is about the report's place.
        if ref == .anaphora { return lastOrganisation() ?? place }
        return place ?? lastOrganisation() ?? context.documentRegion
    }

    /// "证券公司 4 家": a name followed by its count is what is counted, no subject.
    static func isCounted(_ org: OrganisationNames.Mention, in text: Scalars) -> Bool {
        var i = org.range.upperBound
        while i < text.count, text[i] == " " { i += 1 }
        return i < text.count && text[i].isDigit
    }

    /// The organisation a paragraph opens with (its topic: "西部铜业公司一季度……", "近日，某某
    /// 集团……"), when it ends by `position`: named in the paragraph's first clause, or in its
    /// second after a short opener (a date, 本报讯). A name further in is the subject of its own
    /// sentence only (a bulletin's "其中，财产保险公司……" is no topic of the paragraph).
    private mutating func openingOrganisation(of paragraph: Range<Int>, through position: Int) -> OrganisationNames.Mention? {
        guard let first = firstOrganisation(in: paragraph, through: position) else { return nil }
        var end = paragraph.lowerBound
        var clauses = 0
        var clauseStart = paragraph.lowerBound
        while end < paragraph.upperBound, end <= first.range.lowerBound {
            if Self.endsClause(text[end]) || Self.endsSentence(text[end]) {
                clauses += 1
                if clauses >= 2 || end - clauseStart > 8 { return nil }
                clauseStart = end + 1
            }
            end += 1
        }
        return first
    }

    private mutating func name(of org: OrganisationNames.Mention) -> String {
        if let resolved = resolvedName, resolved.range == org.range { return resolved.name }
        let name = org.name(in: text)
        resolvedName = (org.range, name)
        return name
    }

    private static let clauseOpeners: ScalarSet = ["。", "，", "；", "：", ",", ";", ":", "!", "?", "！", "？"]

    /// The scalars region words start with (全, 我, 本): searched for eight scalars a step.
    private static let regionFirsts: (UInt32, UInt32, UInt32) = {
        let firsts = Array(Set(Lexicon.regionWords.words.map { $0[0].value })).sorted()
        precondition((1...3).contains(firsts.count), "regions(in:range:atClauseStart:) searches for at most three first scalars")
        return (firsts[0], firsts[min(1, firsts.count - 1)], firsts[firsts.count - 1])
    }()

    /// The region words (全市, 全省, 我国…) in `range`, in order; with `atClauseStart`, only those
    /// that open the text or a clause, as the subject of what follows.
    static func regions(in text: Scalars, range: Range<Int>, atClauseStart: Bool) -> [(position: Int, name: String)] {
        let words = Lexicon.regionWords, (a, b, c) = regionFirsts
        var found: [(position: Int, name: String)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            i = text.withUnsafeBufferPointer { $0.firstIndex(of: a, b, c, from: i, to: range.upperBound) }
            guard i < range.upperBound else { break }
            guard let n = words.match(in: text, at: i), i + n <= range.upperBound else { i += 1; continue }
            if !atClauseStart || i == range.lowerBound || clauseOpeners.contains(text[i - 1]) { found.append((i, text.string(i..<(i + n)))) }
            i += n
        }
        return found
    }

    /// Clause, then sentence, then paragraph, then a year relative to the report's (去年), then
    /// the heading's year (or the body's last).
    private mutating func year(before position: Int, clause: Range<Int>, sentence: Range<Int>, facts: ParagraphFacts) -> Int? {
        // Binary search: a one-line 50 MB file has one paragraph with very many years.
        let years = years(in: facts.range)
        let k = Self.countBefore(position, in: years) { $0.position }
        if k > 0, clause.contains(years[k - 1].position) { return years[k - 1].year }
        if k > 0, sentence.contains(years[k - 1].position) { return years[k - 1].year }
        if k < years.count, sentence.contains(years[k].position) { return years[k].year }
        if k > 0 { return years[k - 1].year }
        // "过去一年，全省……" in a report of 2025 speaks of 2024.
        if let reference = context.documentYear ?? context.headingYear {
            if paragraphRelativeYears == nil { paragraphRelativeYears = YearsAndPeriods.relativeYears(in: text, range: facts.range) }
            let r = Self.countBefore(position, in: paragraphRelativeYears!) { $0.position }
            if r > 0 { return reference + paragraphRelativeYears![r - 1].offset }
        }
        if let year = context.headingYear { return year }
        return bodyYear() ?? context.documentYear
    }

    /// How many elements of `sorted` have `key` below `bound` (binary search).
    static func countBefore<T>(_ bound: Int, in sorted: [T], key: (T) -> Int) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if key(sorted[mid]) < bound { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// `text[range]` as a String trimmed of `.whitespaces` (Unicode Zs and tab). Foundation's
    /// trimming cost tens of thousands of instructions a call, so it is left to the clauses that
    /// could start or end with such a scalar.
    private static func trimmedWhitespace(_ range: Range<Int>, in text: Scalars) -> String {
        let clause = text.string(range)
        guard let first = range.first, let last = range.last,
              mayBeWhitespace(text[first]) || mayBeWhitespace(text[last]) else { return clause }
        return clause.trimmingCharacters(in: .whitespaces)
    }

    /// False for every scalar not in `CharacterSet.whitespaces` (tab and the Zs category).
    private static func mayBeWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Where a figure's quote stands in the text: its clause without the spaces, marks and
    /// unmatched opening quote at its ends.
    private func quoteRange(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, text[lo] == " " || text[lo] == "“" && !text[lo..<hi].contains("”") { lo += 1 }
        while hi > lo, Self.endsClause(text[hi - 1]) || Self.endsSentence(text[hi - 1]) || text[hi - 1] == " " { hi -= 1 }
        return lo..<hi
    }

    /// Gives every figure its quote and line, once the text is read. They come from the
    /// original and its offsets, which ingest touched last: by now most of their cache lines
    /// have left the cache, and read figure by figure each stalled on memory. Here the offsets
    /// of all figures are read first, in a loop whose reads do not wait for one another (the
    /// processor overlaps them), and the quotes and lines are made from what they gave.
    private mutating func fillProvenance() {
        let pending = pendingProvenance
        pendingProvenance = []
        precondition(pending.count == result.figures.count, "every figure waits for its provenance")
        var spans: [(bytes: Range<Int>, number: Int)] = []
        spans.reserveCapacity(pending.count)
        for p in pending {
            spans.append((document.originalRange(p.quote), Int(document.originalOffset[p.numberAt])))
        }
        var cached: (range: Range<Int>, text: String)?  // a list's figures share their clause's quote
        for (k, p) in pending.enumerated() {
            let figure = k  // every figure is pending, in order
            if cached?.range != p.quote { cached = (p.quote, Self.trimmingSpaces(document.originalQuote(bytes: spans[k].bytes))) }
            result.figures[figure].quote = cached!.text
            result.figures[figure].line = lines.line(ofOriginal: spans[k].number)
        }
    }

    /// `quote` without the spaces at either end. A space is one UTF-8 byte: they are counted on
    /// the bytes (the views' `first` and `last` cost more than the count) and dropped when there
    /// are any.
    private static func trimmingSpaces(_ quote: String) -> String {
        var quote = quote
        let (leading, trailing) = quote.withUTF8 { bytes -> (Int, Int) in
            var i = 0, j = bytes.count
            while i < j, bytes[i] == 0x20 { i += 1 }
            while j > i, bytes[j - 1] == 0x20 { j -= 1 }
            return (i, bytes.count - j)
        }
        if leading > 0 || trailing > 0 { quote = String(quote.utf8.dropFirst(leading).dropLast(trailing))! }
        return quote
    }
}
