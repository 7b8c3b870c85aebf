import Foundation

// Subjects: who a figure is about, from its phrase outward to the title's place.

extension ExtractionRun {

    /// Who a figure is about: named in its phrase; else the subject of the sentence's previous
    /// figure; else the organisation named last in the sentence, the section head (【中铝高端】),
    /// the paragraph's first organisation (its topic), a province or city opening a clause of
    /// the paragraph, the organisation named last before, and the region of the title.
    mutating func resolve(_ ref: MetricPhrase.SubjectRef?, before position: Int, sentence: Range<Int>,
                         facts: ParagraphFacts, previous: PreviousFigure?) -> String? {
        let place = context.documentPlace
        if case let .named(name)? = ref {
            // "我省……，14个市州城市空气优良天数比例": a counted collective is the region's, named
            // in a clause before it.
            if name.unicodeScalars.first?.isDigit == true, MetricPhrase.isCollective(name),
               let region = regionOpeningAClause(in: facts, from: sentence.lowerBound, before: position) {
                return placeMeant(by: region) + name
            }
            return placeMeant(by: name)
        }
        if ref == nil, let previous, let subject = previous.phraseSubject {
            // "……；全省地表水水质总体为优，监测断面水质达标率为93.6%": a region opening a clause
            // after the previous figure is who the next figures are about.
            if let region = regionOpeningAClause(in: facts, from: previous.clauseStart + 1, before: position) {
                return placeMeant(by: region)
            }
            // "……；锦江流域优良水体比例达到100%；饮用水水源地水质达标率100%": a place named in one
            // item of a list is not the next item's.
            if (previous.clauseStart..<position).contains(where: { text[$0] == "；" || text[$0] == ";" }),
               subject != context.paragraphRegion, DocumentPlace.isPlaceName(subject) {
                return resolve(nil, before: position, sentence: sentence, facts: facts, previous: nil)
            }
            return subject
        }
        // Only names ending by `position` are asked about.
        if let org = lastOrganisation(in: sentence, through: position), !Self.isCounted(org, in: text) { return name(of: org) }
        if let region = context.paragraphRegion { return placeMeant(by: region) }
        if let section = context.sectionSubject { return section }
        if let org = openingOrganisation(of: facts.range, through: position) { return name(of: org) }
        // "2024年，全市环境空气质量持续改善。细颗粒物……": a province or city opening a clause
        // before (not 全国/我国, which company news names as background).
        if let region = regionOpeningAClause(in: facts, from: facts.range.lowerBound, before: position) {
            return placeMeant(by: region)
        }
        // 该公司 refers back to a company; a figure that names no one is about the report's place.
        if ref == .anaphora { return lastOrganisation() ?? place }
        return place ?? lastOrganisation() ?? context.documentRegion.map(placeMeant(by:))
            ?? context.titlePlace
    }

    /// What a region word means in this text (全市 → the title's city, 我省 → the province of
    /// the opening lines; `DocumentPlace.resolve`); any other name as it is.
    func placeMeant(by word: String) -> String {
        // "全省14个设区市": the region word before a collective means what it means alone.
        let scalars = Array(word.unicodeScalars)
        if scalars.count > 4, let n = Lexicon.shared.regionWords.match(in: scalars, at: 0),
           case let rest = scalars.string(n..<scalars.count), MetricPhrase.isCollective(rest) {
            return placeMeant(by: scalars.string(0..<n)) + rest
        }
        return DocumentPlace.resolve(word, place: context.documentPlace, opening: context.openingPlaces)
    }

    /// The last province or city word (全市, 我省; not 全国/我国) opening a clause of the
    /// paragraph in `from..<before`.
    mutating func regionOpeningAClause(in facts: ParagraphFacts, from: Int, before position: Int) -> String? {
        if paragraphRegions == nil {
            paragraphRegions = Self.regions(in: text, range: facts.range, atClauseStart: true)
                .filter { $0.name != "全国" && $0.name != "我国" }
        }
        let r = Self.countBefore(position, in: paragraphRegions!) { $0.position }
        guard r > 0, paragraphRegions![r - 1].position >= from else { return nil }
        return paragraphRegions![r - 1].name
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
    mutating func openingOrganisation(of paragraph: Range<Int>, through position: Int) -> OrganisationNames.Mention? {
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

    mutating func name(of org: OrganisationNames.Mention) -> String {
        if let resolved = resolvedName, resolved.range == org.range { return resolved.name }
        let name = org.name(in: text)
        resolvedName = (org.range, name)
        return name
    }

    static let clauseOpeners: ScalarSet = ["。", "，", "；", "：", ",", ";", ":", "!", "?", "！", "？"]

    /// The scalars region words start with (全, 我, 本): searched for eight scalars a step.
    static let regionFirsts: (UInt32, UInt32, UInt32) = {
        let firsts = Array(Set(Lexicon.shared.regionWords.words.map { $0[0].value })).sorted()
        precondition((1...3).contains(firsts.count), "regions(in:range:atClauseStart:) searches for at most three first scalars")
        return (firsts[0], firsts[min(1, firsts.count - 1)], firsts[firsts.count - 1])
    }()

    /// The region words (全市, 全省, 我国…) in `range`, in order; with `atClauseStart`, only those
    /// that open the text or a clause, as the subject of what follows.
    static func regions(in text: Scalars, range: Range<Int>, atClauseStart: Bool) -> [(position: Int, name: String)] {
        let words = Lexicon.shared.regionWords, (a, b, c) = regionFirsts
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

    /// The organisation named last in `sentence` that ends by `position`. A sentence's names
    /// are those of its paragraph that start in it: a name never reaches back over the end
    /// mark before the sentence, nor does a later one replace a name before it, so the sentence
    /// is read on its own, as far as its figures ask.
    mutating func lastOrganisation(in sentence: Range<Int>, through position: Int) -> OrganisationNames.Mention? {
        if sentenceOrganisations?.range != sentence { sentenceOrganisations = OrganisationNames.Reader(sentence) }
        sentenceOrganisations!.read(text, through: position)
        let found = sentenceOrganisations!.found
        let k = Self.countBefore(position + 1, in: found) { $0.range.upperBound }
        return k > 0 ? found[k - 1] : nil
    }

    /// The first organisation named in `paragraph` (the current one) if it ends by `position`,
    /// read once and only as far as that takes.
    mutating func firstOrganisation(in paragraph: Range<Int>, through position: Int) -> OrganisationNames.Mention? {
        if paragraphOrganisations == nil { paragraphOrganisations = OrganisationNames.Reader(paragraph) }
        paragraphOrganisations!.readFirst(text, through: position)
        guard let first = paragraphOrganisations!.found.first, first.range.upperBound <= position else { return nil }
        return first
    }

    /// `Lexicon.shared.isTopic`, once per section head (it splits the head into Characters).
    mutating func isTopic(_ head: String) -> Bool {
        if let known = topicHeads.value(for: head) { return known }
        let topic = Lexicon.shared.isTopic(head)
        topicHeads.insert(topic, for: head)
        return topic
    }

    mutating func setLastOrganisation(_ name: String) {
        context.lastOrganisation = name
        organisationsUnread.removeAll()
    }

    /// `context.lastOrganisation`, reading the paragraphs after it first.
    mutating func lastOrganisation() -> String? {
        let text = text
        if let org = organisationsUnread.latest({ paragraph -> OrganisationNames.Mention? in
            var reader = paragraph
            return reader.lastMention(text)
        }) {
            context.lastOrganisation = org.name(in: text)
        }
        return context.lastOrganisation
    }
}
