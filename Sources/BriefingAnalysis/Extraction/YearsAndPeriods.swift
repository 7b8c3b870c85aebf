/// Finds reporting years ("2024年", "2024年度") and stated periods (一季度, 上半年, 1-3月, 全年).
///
/// A year that names a base of comparison ("较2019年") or an edition ("2023年版", inside 《》)
/// is not a reporting year and is skipped.
enum YearsAndPeriods {
    struct YearMention {
        let year: Int
        let position: Int
        /// Named by a five-year plan (“十一五”期间: its last year), not written as a year.
        var isPlan = false
        /// After 由/从 ("由2015年的21%提高到48%"): the year of the old level only.
        var isFrom = false
    }

    static func years(in text: Scalars, range: Range<Int>) -> [YearMention] {
        var found: [YearMention] = []
        var bookDepth = 0
        let lo = range.lowerBound
        text.withUnsafeBufferPointer { t in
            // A year is four digits before 年: the scan stops only at 年 and the book-title
            // marks 《》 (digits, frequent in figures, are looked at from the 年).
            var k = lo
            while k < range.upperBound {
                k = t.firstIndex(of: 0x5E74, 0x300A, 0x300B, from: k, to: range.upperBound)  // 年《》
                guard k < range.upperBound else { break }
                let v = t[k].value
                if v == 0x300A { bookDepth += 1 } else if v == 0x300B { bookDepth = max(0, bookDepth - 1) }
                let i = k - 4
                k += 1
                guard v == 0x5E74, i >= lo, bookDepth == 0, t[i] == "1" || t[i] == "2", i == lo || !t[i - 1].isDigit,
                      t[i + 1].isDigit, t[i + 2].isDigit, t[i + 3].isDigit else { continue }
                let year = digitValue(text, i..<(i + 4))
                let isEdition = k < t.count && t[k] == "版"
                let isBase = i > lo && (t[i - 1] == "较" || t[i - 1] == "比" || t[i - 1] == "与")
                if (1900...2099).contains(year), !isEdition, !isBase, !datesAnEvent(text, after: k, upTo: range.upperBound) {
                    found.append(YearMention(year: year, position: i, isFrom: i > lo && (t[i - 1] == "由" || t[i - 1] == "从")))
                }
            }
        }
        let plans = planYears(in: text, range: range)
        return plans.isEmpty ? found : (found + plans).sorted { $0.position < $1.position }
    }

    /// "与2005年相比", "较2015年": the last year compared with in `range`.
    static func comparedYear(in text: Scalars, range: Range<Int>) -> Int? {
        var k = range.upperBound - 5
        while k > range.lowerBound {
            if text[k + 4] == "年", "与较比".unicodeScalars.contains(text[k - 1]), (0..<4).allSatisfy({ text[k + $0].isDigit }) {
                return digitValue(text, k..<(k + 4))
            }
            k -= 1
        }
        return nil
    }

    /// "“十一五”期间", "十三五时期", "“十五”后三年": a five-year plan's period stands for its
    /// last year (the 11th plan, 2006–2010, for 2010), as its reviews and targets report it.
    /// "十四五以来" (since the plan began) names no year; "比“十三五”末" is a base (`Basis`).
    /// 十五 and 九五 are plans only in quotes or before 期间, 时期, 规划, 计划.
    static func planYears(in text: Scalars, range: Range<Int>) -> [YearMention] {
        let lo = range.lowerBound, hi = range.upperBound, w = Lexicon.shared
        var found: [YearMention] = []
        var k = lo
        while k < hi {
            k = text.withUnsafeBufferPointer { $0.firstIndex(of: 0x4E94, 0x4E94, 0x4E94, from: k, to: hi) }  // 五
            guard k < hi else { break }
            defer { k += 1 }
            var start = k - 1, plan = 0
            if start - 1 >= lo, text[start - 1] == "十", let n = "一二三四".unicodeScalars.firstIndex(of: text[start]) {
                plan = 11 + "一二三四".unicodeScalars.distance(from: "一二三四".unicodeScalars.startIndex, to: n)
                start -= 1
            } else if start >= lo, text[start] == "十" || text[start] == "九" {
                plan = text[start] == "十" ? 10 : 9
            } else { continue }
            if start > lo, text[start - 1] == "十" || text[start - 1].isDigit || text[start - 1] == "第" { continue }
            let quoted = start > lo && (text[start - 1] == "“" || text[start - 1] == "\"")
            var end = k + 1
            if end < hi, text[end] == "”" || text[end] == "\"" { end += 1 }
            if w.planSince.match(in: text, at: end, limit: hi) != nil { continue }
            let named = w.planWords.match(in: text, at: end, limit: hi) != nil
            // "完成“十四五”目标": the plan's goals, not its period.
            guard named || (quoted && (end > k + 1 || plan > 10) && w.planNouns.match(in: text, at: end, limit: hi) == nil) else { continue }
            let position = quoted ? start - 1 : start
            if position > lo, text[position - 1] == "较" || text[position - 1] == "比" || text[position - 1] == "与" { continue }
            found.append(YearMention(year: 1955 + 5 * plan, position: position, isPlan: true,
                                     isFrom: position > lo && (text[position - 1] == "由" || text[position - 1] == "从")))
        }
        return found
    }

    /// "1995年9月建成的一期项目": after the year's 年 (at `k`), an optional month and day, an
    /// event verb and 的 — the year dates a thing named after it.
    static func datesAnEvent(_ text: Scalars, after k: Int, upTo end: Int) -> Bool {
        var i = k
        for unit in ["月", "日"] as [Unicode.Scalar] {
            var j = i
            while j < end, j - i < 2, text[j].isDigit { j += 1 }
            if j > i, j < end, text[j] == unit { i = j + 1 }
        }
        guard let verb = Lexicon.shared.eventVerbs.match(in: text, at: i), i + verb < end else { return false }
        return text[i + verb] == "的"
    }

    /// The year of a date line among a text's first lines ("[2003-06-20]", "2016.03.16",
    /// "2018年10月16日16:47"): a year, a month and a day, in digits.
    static func datelineYear(in text: Scalars, range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i + 10 <= range.upperBound {
            if text[i] == "1" || text[i] == "2", i == range.lowerBound || !text[i - 1].isDigit,
               (i..<(i + 4)).allSatisfy({ text[$0].isDigit }) {
                let mark = text[i + 4]
                var j = i + 5
                while j < range.upperBound, j - (i + 5) < 2, text[j].isDigit { j += 1 }
                let month = j - (i + 5)
                let close: Unicode.Scalar? = mark == "年" ? "月" : (mark == "-" || mark == "." || mark == "/") ? mark : nil
                if let close, month >= 1, j < range.upperBound, text[j] == close, j + 1 < range.upperBound, text[j + 1].isDigit {
                    let year = digitValue(text, i..<(i + 4))
                    if (1900...2099).contains(year) { return year }
                }
            }
            i += 1
        }
        return nil
    }

    private static let relativeYearLeads: ScalarSet = ["比", "较", "与", "于", "同", "自", "由", "从"]
    /// How far before its first 年 a relative year word starts, at most (`relativeYears`).
    private static let relativeYearReach = Lexicon.shared.relativeYearWords.words.map { word in
        guard let k = word.firstIndex(of: "年") else { preconditionFailure("relativeYears finds its words by their 年; \(word.string) has none") }
        return k
    }.max() ?? 0

    /// The year words in `range` that are relative to the report's year, in order, each with
    /// its offset (去年 −1, 今年 0, 明年 +1). Not a basis of comparison (较去年同期) and not 去年以来;
    /// 上年 is left out: bulletins use it as a basis (比上年), also where a line break split it off.
    ///
    /// Every such word holds 年: the scan finds the next 年 eight scalars a step and tries, in
    /// order, the starts up to it that a word holding it can have (no start before those can
    /// match), as a scan trying every start would.
    static func relativeYears(in text: Scalars, range: Range<Int>) -> [(position: Int, offset: Int)] {
        let words = Lexicon.shared.relativeYearWords, reach = relativeYearReach  // read once
        var found: [(position: Int, offset: Int)] = []
        // A word starting before the range's end holds its 年 before `bound`.
        let bound = min(range.upperBound + reach, text.count)
        var i = range.lowerBound
        var year = i - 1  // the 年 the starts tried lead to; none yet
        while i < range.upperBound {
            if year < i {
                year = text.withUnsafeBufferPointer { $0.firstIndex(of: 0x5E74, 0x5E74, 0x5E74, from: i, to: bound) }  // 年
                guard year < bound else { break }
                i = max(i, year - reach)
                continue
            }
            guard let length = words.match(in: text, at: i), i + length <= range.upperBound else { i += 1; continue }
            let isBasis = i > 0 && relativeYearLeads.contains(text[i - 1])
            let after = i + length
            let isSince = after + 1 < text.count && text[after] == "以" && text[after + 1] == "来"
            if !isBasis && !isSince {
                switch text[i] {
                case "今", "本": found.append((i, 0))
                case "明", "下": found.append((i, 1))
                default: found.append((i, -1))
                }
            }
            i = after
        }
        return found
    }

    /// A period stated at `position`, `length` scalars long (see `periodCandidates`): a period
    /// word (the text's scalars there) or a month range.
    struct PeriodMention {
        enum Found { case word, months(Int, Int) }
        let position: Int
        let length: Int
        let found: Found
    }

    /// Every period that could be read in `range`, in order: a period word starting there
    /// (it may run past the range), or a month range ending within it. Overlapping ones are
    /// all kept; `period(among:in:range:near:)` reads them as a scan from its range's start
    /// would. A sentence's are found once for all its figures and both their look-ups
    /// (the clause, and the sentence shortly before it).
    ///
    /// Every period word holds 季 or 年, and a month range ends with 月: the scan finds those
    /// three eight scalars a step, and at a 季 or 年 tries the positions a period word holding it
    /// can start at (each position once, in order). Candidates come out in order: a period word
    /// (Han only) neither starts inside a month range nor spans one.
    static func periodCandidates(in text: Scalars, range: Range<Int>) -> [PeriodMention] {
        var found: [PeriodMention] = []
        let periods = Lexicon.shared.periods, reach = periodAnchorReach, dashes = monthRangeDashes  // read once
        let lo = range.lowerBound, hi = range.upperBound
        // A word starting before `hi` holds its 季 or 年 before `hi + reach`.
        let end = min(hi + reach, text.count)
        var untried = lo  // the first start not tried yet
        var k = lo
        while k < end {
            k = text.withUnsafeBufferPointer { $0.firstIndex(of: 0x5B63, 0x5E74, 0x6708, from: k, to: end) }  // 季年月
            guard k < end else { break }
            if text[k] == "月" {
                if k < hi, let (start, from, to) = monthRange(in: text, endingAt: k, lowerBound: lo, dashes) {
                    found.append(PeriodMention(position: start, length: k + 1 - start, found: .months(from, to)))
                } else if k < hi, let (start, month) = singleMonth(in: text, endingAt: k, lowerBound: lo) {
                    found.append(PeriodMention(position: start, length: k + 1 - start, found: .months(month, month)))
                }
            } else {
                var i = max(untried, k - reach)
                while i <= k, i < hi {
                    if let length = periods.match(in: text, at: i) {
                        found.append(PeriodMention(position: i, length: length, found: .word))
                    }
                    i += 1
                }
                untried = max(untried, i)
            }
            k += 1
        }
        return found
    }

    /// The period nearest before `position` in `range` (or the first after it within the
    /// range) among `candidates` (found for `range` or a range holding it): read front to back from the range's start, a period's scalars
    /// are not read again, so of two that overlap only the first counts. A month range
    /// counts only when it ends within `range` (with a nearer end its 月 is cut off).
    static func period(among candidates: [PeriodMention], in text: Scalars, range: Range<Int>, near position: Int) -> String? {
        var best: PeriodMention?
        var k = ExtractionRun.countBefore(range.lowerBound, in: candidates) { $0.position }
        var next = range.lowerBound  // where the scan is
        while k < candidates.count, candidates[k].position < range.upperBound {
            let c = candidates[k]
            k += 1
            guard c.position >= next else { continue }
            if case .months = c.found, c.position + c.length > range.upperBound { continue }
            // "比1-6月份收窄": the period compared with is no period of the figure.
            if c.position > 0, text[c.position - 1] == "比" || text[c.position - 1] == "较" { continue }
            if c.position < position || best == nil { best = c }
            next = c.position + c.length
        }
        guard let best else { return nil }
        switch best.found {
        case .word:
            // One of the period words: its String is made once.
            let range = best.position..<(best.position + best.length)
            return periodNames.first { $0.word.count == range.count && text.matches($0.word, at: range.lowerBound) }?.name
                ?? text.string(range)
        case let .months(from, to): return from == to ? "\(from)月" : "\(from)-\(to)月"
        }
    }

    private static let periodNames = Lexicon.shared.periods.words.map { (word: $0, name: $0.string) }

    /// How far before its first 季 or 年 a period word starts, at most (`periodCandidates`).
    private static let periodAnchorReach = Lexicon.shared.periods.words.map { word in
        guard let k = word.firstIndex(where: { $0 == "季" || $0 == "年" }) else {
            preconditionFailure("periodCandidates finds period words by their 季 or 年; \(word.string) has neither")
        }
        return k
    }.max() ?? 0

    private static let monthRangeDashes: ScalarSet = ["-", "—", "–", "至", "~", "～"]

    /// The value of the ASCII digits in `text[range]`.
    /// The value of the ASCII digits `text[range]`.
    @inline(__always) static func digitValue(_ text: Scalars, _ range: Range<Int>) -> Int {
        var v = 0
        for k in range { v = v * 10 + Int(text[k].value - 0x30) }
        return v
    }

    /// "今年6月的", "2019年6月份": one month of a year, stated as the figure's period (start,
    /// month). Only right after 年 and before 的, 份 or a mark: "6月30日", "6月底" are dates.
    private static func singleMonth(in text: Scalars, endingAt end: Int, lowerBound: Int) -> (Int, Int)? {
        var n = 0
        while n < 3, end - n > lowerBound, text[end - n - 1].isDigit { n += 1 }
        guard (1...2).contains(n), end - n - 1 >= lowerBound, text[end - n - 1] == "年", end + 1 < text.count,
              text[end + 1] == "的" || text[end + 1] == "份" || text[end + 1] == "," || text[end + 1] == "，" else { return nil }
        let month = digitValue(text, (end - n)..<end)
        guard (1...12).contains(month) else { return nil }
        return (end - n, month)
    }

    /// "1-3月", "1—3月", "1至3月", "1~3月" ending with the 月 at `end` and starting at or after
    /// `lowerBound` (start, first month, last month); the caller writes it with an ASCII hyphen.
    /// Each number is a whole run of one or two digits (read from its first digit, a longer
    /// run is no month: its third digit stands where the dash or 月 should).
    private static func monthRange(in text: Scalars, endingAt end: Int, lowerBound: Int, _ dashes: ScalarSet) -> (Int, Int, Int)? {
        /// The length of the digit run ending before `i`, counted up to three.
        func digits(before i: Int) -> Int {
            var n = 0
            while n < 3, i - n > 0, text[i - n - 1].isDigit { n += 1 }
            return n
        }
        let last = digits(before: end)
        guard (1...2).contains(last) else { return nil }
        let dash = end - last - 1
        guard dash >= 0, dashes.contains(text[dash]) else { return nil }
        let first = digits(before: dash)
        guard (1...2).contains(first), dash - first >= lowerBound else { return nil }
        let from = digitValue(text, (dash - first)..<dash), to = digitValue(text, (dash + 1)..<end)
        guard (1...12).contains(from), (from...12).contains(to) else { return nil }
        return (dash - first, from, to)
    }
}
