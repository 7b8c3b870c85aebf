import Foundation

// Years: a figure's reporting year, from its clause outward to the title's.

extension ExtractionRun {
    /// Clause, then sentence, then paragraph, then a year relative to the report's (去年), then
    /// the heading's year (or the body's last).
    mutating func year(before position: Int, clause: Range<Int>, sentence: Range<Int>, facts: ParagraphFacts) -> Int? {
        // Binary search: a one-line 50 MB file has one paragraph with very many years.
        let years = years(in: facts.range)
        var k = Self.countBefore(position, in: years) { $0.position }
        // "由2015年的21%提高到48%": the old level's year is not the new level's.
        while k > 0, years[k - 1].isFrom, position - years[k - 1].position > Self.fromYearReach { k -= 1 }
        if k > 0, clause.contains(years[k - 1].position) { return years[k - 1].year }
        if k > 0, sentence.contains(years[k - 1].position) { return years[k - 1].year }
        if k < years.count, years[k].position > position, sentence.contains(years[k].position), !isCause(before: years[k].position, lowerBound: position) {
            return years[k].year
        }
        if k > 0 { return years[k - 1].year }
        // "过去一年，全省……" in a report of 2025 speaks of 2024.
        // A date line's year is the reference only before any year is stated: a page reposted
        // years later (发布时间：2021-04-09) says 去年 of its first publication.
        if let reference = context.documentYear ?? context.headingYear ?? (bodyYear() == nil ? context.datelineYear : nil) {
            if paragraphRelativeYears == nil { paragraphRelativeYears = YearsAndPeriods.relativeYears(in: text, range: facts.range) }
            let r = Self.countBefore(position, in: paragraphRelativeYears!) { $0.position }
            if r > 0 { return reference + paragraphRelativeYears![r - 1].offset }
        }
        if let year = context.headingYear { return year }
        return bodyYear() ?? context.documentYear ?? context.datelineYear
    }

    /// "“十一五”期间……比重由21%上升到52%": the year an old level is of — the year compared with
    /// before it in the paragraph (与2005年相比), else the year before the plan period in force
    /// began; nil when neither governs (a start without a year).
    mutating func startYear(before position: Int, clause: Range<Int>, sentence: Range<Int>, facts: ParagraphFacts) -> Int? {
        let years = years(in: facts.range)
        // "2010年与2005年相比，……比重由47%上升到71%": the year compared with.
        if let base = YearsAndPeriods.comparedYear(in: text, range: facts.range.lowerBound..<position) { return base }
        var k = Self.countBefore(position, in: years) { $0.position }
        while k > 0, years[k - 1].isFrom { k -= 1 }
        guard k > 0, years[k - 1].isPlan else { return nil }
        return years[k - 1].year - 5
    }

    /// How far after a 由/从 year its old level stands ("2015年的", "“十五”时期的").
    static let fromYearReach = 9

    /// "到2020年，燃气发电比例需增加至50%" in a report of 2015: 到/至 a year after the report's
    /// is a deadline, the figure a goal (到2020年底已建成… in a report of 2021 states what was done).
    mutating func namesADeadline(in range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k + 5 < range.upperBound {
            if text[k] == "到" || text[k] == "至", text[k + 5] == "年", (1...4).allSatisfy({ text[k + $0].isDigit }) {
                let year = YearsAndPeriods.digitValue(text, (k + 1)..<(k + 5))
                if let report = context.documentYear ?? context.datelineYear ?? context.headingYear, year > report { return true }
            }
            k += 1
        }
        return false
    }

    /// "……下跌1%，主要由于2024年气温较高": a year in a clause giving the cause is no year of
    /// the figure before it. Whether a cause word (由于, 因为…) stands shortly before `position`.
    func isCause(before position: Int, lowerBound: Int) -> Bool {
        let w = Lexicon.shared
        var k = position
        while k > lowerBound, position - k < 8 {
            if w.causeWords.match(in: text, endingAt: k, lowerBound: lowerBound) != nil { return true }
            k -= 1
        }
        return false
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

    /// The reporting years of `paragraph` (the current one), read once.
    mutating func years(in paragraph: Range<Int>) -> [YearsAndPeriods.YearMention] {
        if let known = paragraphYears { return known }
        var found = YearsAndPeriods.years(in: text, range: paragraph)
        // "“十四五”期间" in a report of 2024: a plan still running is no year of what was done.
        if let report = context.documentYear ?? context.datelineYear { found.removeAll { $0.isPlan && $0.year > report } }
        paragraphYears = found
        return found
    }

    mutating func setBodyYear(_ year: Int?) {
        context.bodyYear = year
        yearsUnread.removeAll()
    }

    /// `context.bodyYear`, reading the paragraphs after it first.
    mutating func bodyYear() -> Int? {
        let text = text
        if let year = yearsUnread.latest({ YearsAndPeriods.years(in: text, range: $0).last?.year }) { context.bodyYear = year }
        return context.bodyYear
    }
}
