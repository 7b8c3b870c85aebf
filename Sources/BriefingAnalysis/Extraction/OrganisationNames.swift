/// Finds organisation names (…集团, …公司, …分公司, …厂, …铜业, …铝业) in running text.
///
/// Chinese has no spaces, so a name is read backwards from its suffix over at most eight
/// Han characters, stopping at punctuation or a function word (的, 在, 和, …), and then
/// trimmed of leading verbs and prepositions ("担任昆明铜业" → "昆明铜业").
enum OrganisationNames {
    /// Where a name stands. The name's String is made only when asked for: most paragraphs
    /// state no figure, and only their last name is kept as context.
    struct Mention {
        let range: Range<Int>
        func name(in text: Scalars) -> String { text.string(range) }
    }
    private static let maxNameLength = 8

    /// Every name in `text[range]`, in order; a name inside a longer one is dropped.
    static func mentions(in text: Scalars, range: Range<Int>) -> [Mention] {
        var reader = Reader(range)
        reader.readAll(text)
        return reader.found
    }

    /// The names of a range, read front to back as far as asked: a figure asks about the names
    /// before it, and many paragraphs ask about none past their first figures.
    struct Reader {
        let range: Range<Int>
        /// The names found so far, in order (what `mentions` gives, once all is read). Those
        /// ending by a position read through are final.
        private(set) var found: [Mention] = []
        /// Where the scan goes on: every suffix starting before it has been read.
        private var next: Int

        init(_ range: Range<Int>) {
            self.range = range
            next = range.lowerBound
        }

        var isComplete: Bool { next >= range.upperBound }

        /// Reads on until the names ending by `position` are final. A suffix read later, at
        /// `next` or after, makes a name that starts at most `maxNameLength` scalars before
        /// it; it replaces only names starting there or later, and extends only a name ending
        /// where it starts; so reading up to `maxNameLength` past `position` is enough.
        mutating func read(_ text: Scalars, through position: Int) {
            scan(text, to: min(range.upperBound, position + maxNameLength + 1))
        }

        mutating func readAll(_ text: Scalars) { scan(text, to: range.upperBound) }

        /// The last name of the range (what `found.last` is once all is read), read from the
        /// end a stretch at a time. A name is Han characters only, so stretches that start
        /// after any other scalar hold their names whatever comes before them: the last
        /// stretch that names anything names the last name. What the reader has read already
        /// is read on to the end only when the stretches after it name nothing.
        mutating func lastMention(_ text: Scalars) -> Mention? {
            var end = range.upperBound
            while end - next > Self.stretch {
                var start = end - Self.stretch
                while start > next, text[start - 1].isHan { start -= 1 }
                guard start > next else { break }
                var tail = Reader(start..<end)
                tail.readAll(text)
                if let last = tail.found.last { return last }
                end = start
            }
            readAll(text)
            return found.last
        }

        /// How far back `lastMention` reads at least before it looks for a stretch's start.
        private static let stretch = 64

        /// Reads on until the first name is final, or until the names ending by `position` are
        /// (there may be none): a little further each time, the first name is often near.
        mutating func readFirst(_ text: Scalars, through position: Int) {
            var through = min(position, range.lowerBound + 32)
            while true {
                read(text, through: through)
                if let first = found.first, first.range.upperBound <= through { return }
                if through >= position { return }
                through = min(position, through + (through - range.lowerBound) + 32)
            }
        }

        /// Reads the suffixes starting before `limit`.
        private mutating func scan(_ text: Scalars, to limit: Int) {
            var i = next
            let w = Lexicon.shared
            while i < limit {
                // Skip to the next scalar that may start a suffix.
                i = text.firstIndex(in: w.orgSuffixFirsts, from: i, to: limit)
                guard i < limit else { break }
                if let code = OrganisationNames.stockCode(in: text, at: i, limit: range.upperBound) {
                    // 中國神華(1088): a listed company's name stands before its stock code.
                    if let named = name(in: text, suffixAt: i, end: i, lowerBound: range.lowerBound, w) {
                        let mention = OrganisationNames.afterDateline(named, in: text)
                        guard mention.range.count >= 2 else { i += code; continue }
                        while let last = found.last, last.range.lowerBound >= mention.range.lowerBound { found.removeLast() }
                        found.append(mention)
                    }
                    i += code
                    continue
                }
                if text.matches(w.asFor, at: i) {
                    // "港燈方面，售電量按年微跌0.6%": the name a clause opens with, as for it.
                    if let mention = OrganisationNames.asForName(in: text, markerAt: i, range: range, w) {
                        while let last = found.last, last.range.lowerBound >= mention.range.lowerBound { found.removeLast() }
                        found.append(mention)
                    }
                    i += w.asFor.count
                    continue
                }
                guard let suffix = w.orgSuffixes.match(in: text, at: i),
                      i + suffix <= range.upperBound else { i += 1; continue }
                let end = i + suffix
                // 东轻中厚板厂厂长: a one-character suffix right after a name starts no new name;
                // 华东铝业有限公司: a longer one extends it.
                if let last = found.last, last.range.upperBound == i {
                    if suffix >= 2 { found[found.count - 1] = Mention(range: last.range.lowerBound..<end) }
                    i = end
                    continue
                }
                if let mention = name(in: text, suffixAt: i, end: end, lowerBound: range.lowerBound, w) {
                    // 中铝股份 then 中铝股份连城分公司: keep the longer one.
                    while let last = found.last, last.range.lowerBound >= mention.range.lowerBound { found.removeLast() }
                    found.append(mention)
                }
                i = end
            }
            next = i
        }
    }

    /// A stock code in brackets at `i` ("(1088)", "（600019）", "(0700.HK)"), its length: what
    /// follows a listed company's name in financial news.
    static func stockCode(in text: Scalars, at i: Int, limit: Int) -> Int? {
        guard i > 0, text[i] == "(" || text[i] == "（", text[i - 1].isHan else { return nil }
        var k = i + 1
        while k < limit, text[k].isDigit, k - i <= 6 { k += 1 }
        guard (4...6).contains(k - i - 1) else { return nil }
        if k + 2 < limit, text[k] == ".", text[k + 1].isASCIILetter, text[k + 2].isASCIILetter { k += 3 }
        guard k < limit, text[k] == ")" || text[k] == "）" else { return nil }
        return k + 1 - i
    }

    /// "香港文匯報訊中國神華": a news dateline (…报讯, …网讯, …社讯) before a name is no part of it.
    static func afterDateline(_ mention: Mention, in text: Scalars) -> Mention {
        var start = mention.range.lowerBound
        for k in mention.range.dropFirst().dropLast() where text[k] == "讯" && "报网社台".unicodeScalars.contains(text[k - 1]) {
            start = k + 1
        }
        return Mention(range: start..<mention.range.upperBound)
    }

    /// "港燈方面，": the two to six Han characters opening a clause before 方面 and a comma name
    /// who the clause is about, unless they name an aspect or a sector (价格方面, 新能源方面,
    /// 工业方面), a place word (全省方面) or a topic.
    static func asForName(in text: Scalars, markerAt i: Int, range: Range<Int>, _ w: Lexicon) -> Mention? {
        let after = i + w.asFor.count
        guard after < range.upperBound, text[after] == "，" || text[after] == "," else { return nil }
        var start = i
        while start > range.lowerBound, i - start < 6, text[start - 1].isHan, !w.nameStops.contains(text[start - 1]) { start -= 1 }
        guard i - start >= 2, start == range.lowerBound || !text[start - 1].isHan else { return nil }
        let name = Array(text[start..<i])
        if w.aspectWords.match(in: name, endingAt: name.count) != nil || w.sectors.contains(name)
            || w.regionWords.match(in: name, at: 0) != nil || w.metricHeads.match(in: name, endingAt: name.count) != nil
            || w.isTopic(name.string) { return nil }
        return Mention(range: start..<i)
    }

    /// 国家 opens many names (国家电投, 国家能源集团): its 家 is no classifier.
    private static func isNationalPrefix(_ text: Scalars, at i: Int, lowerBound: Int) -> Bool {
        text[i] == "家" && i - 1 >= lowerBound && text[i - 1] == "国"
    }

    private static func name(in text: Scalars, suffixAt suffixStart: Int, end: Int, lowerBound: Int, _ w: Lexicon) -> Mention? {
        var start = suffixStart
        while start > lowerBound, suffixStart - start < maxNameLength, text[start - 1].isHan,
              !w.nameStops.contains(text[start - 1]) || isNationalPrefix(text, at: start - 1, lowerBound: lowerBound) {
            start -= 1
        }
        // "6000千瓦及以上电厂": 以上 / 以下 bound a size, they open no name.
        if start > lowerBound, text[start - 1] == "以", text[start] == "上" || text[start] == "下" { start += 1 }
        var trimmed = true
        while trimmed {
            trimmed = false
            if let noise = w.orgLeadingNoise.match(in: text, at: start), start + noise <= suffixStart {
                start += noise
                trimmed = true
            }
        }
        // A bare suffix (公司, 集团) is a reference back, not a name; 厂 needs two characters
        // before it, and 工厂 (a factory in general) is no name.
        let minimumPrefix = end - suffixStart == 1 ? 2 : 1
        if text[suffixStart] == "厂", suffixStart > 0, text[suffixStart - 1] == "工" { return nil }
        guard suffixStart - start >= minimumPrefix else { return nil }
        if w.anaphora.contains(text, start..<end) { return nil }
        if w.genericOrganisations.match(in: text, endingAt: end, lowerBound: start) != nil {
            return nil  // a kind of organisation, perhaps after a verb: 结合上市公司
        }
        return Mention(range: start..<end)
    }
}
