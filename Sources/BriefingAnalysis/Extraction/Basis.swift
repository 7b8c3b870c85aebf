/// Reads the base of comparison: 同比/比上年/较上年/与上年相比 → yoy; 环比/比上月 → prior period;
/// 较2019年, 与2015年相比, 比“十三五”末, 较基准年, 比改造前 → base period.
enum Basis {
    struct Match { let basis: Figure.Basis; let length: Int }

    private static let planNames: ScalarSet = ["一", "二", "三", "四", "五"]

    /// The basis phrase standing at `i` and ending by `limit` (the end of `p` when nil), if any.
    static func phrase(in p: Scalars, at i: Int, limit: Int? = nil) -> Match? {
        let end = limit ?? p.count, w = Lexicon.shared
        guard i >= 0, i < end, w.basisLeads.contains(p[i]) else { return nil }
        if let n = w.yoyWords.match(in: p, at: i, limit: end) { return Match(basis: .yoy, length: n) }
        if let n = w.priorPeriodWords.match(in: p, at: i, limit: end) { return Match(basis: .priorPeriod, length: n) }
        // "两年平均增长7.4%": the average over two years, against the year before them.
        if let n = w.averagedPeriods.match(in: p, at: i, limit: end) { return Match(basis: .basePeriod, length: n) }
        guard i < end, p[i] == "较" || p[i] == "比" || p[i] == "与" else { return nil }
        var j = i + 1
        if let n = monthRange(in: p, at: j, end: end) ?? singleMonth(in: p, at: j, end: end) ?? firstMonths(in: p, at: j, end: end) {
            // 比1-6月份: the cumulative period reported before; 比9月份: the month before;
            // 较头3个月累计值: the first months' total.
            j += n
            if let tail = w.cumulativeTails.match(in: p, at: j, limit: end) { j += tail }
            return Match(basis: .priorPeriod, length: j - i)
        }
        if j + 4 < end, p[j].isDigit, p[j + 1].isDigit, p[j + 2].isDigit, p[j + 3].isDigit, p[j + 4] == "年" {
            j += 5
        } else if let n = w.baseNouns.match(in: p, at: j, limit: end) {
            j += n
        } else if let n = w.basisMeasures.match(in: p, at: j, limit: end), j + n < end, p[j + n] == "前" {
            j += n + 1
        } else {
            // 比“十三五”末
            var k = j
            if k < end, p[k] == "“" || p[k] == "\"" { k += 1 }
            guard k + 2 < end, p[k] == "十", planNames.contains(p[k + 1]), p[k + 2] == "五" else { return nil }
            k += 3
            if k < end, p[k] == "”" || p[k] == "\"" { k += 1 }
            guard k < end, p[k] == "末" else { return nil }
            j = k
        }
        if let tail = w.basisTails.match(in: p, at: j, limit: end) { j += tail }
        return Match(basis: .basePeriod, length: j - i)
    }

    /// "9月份", "10月", "2月底": one month (of the same year: the period reported before), its length.
    private static func singleMonth(in p: Scalars, at i: Int, end: Int) -> Int? {
        var k = i
        while k < end, p[k].isDigit, k - i < 2 { k += 1 }
        guard k > i, k < end, p[k] == "月", !(k + 1 < end && p[k + 1].isDigit) else { return nil }
        k += 1
        if k < end, p[k] == "份" || p[k] == "底" || p[k] == "末" { k += 1 }
        return k - i
    }

    /// "头3个月", "前三个月": the first months of the year, its length.
    private static func firstMonths(in p: Scalars, at i: Int, end: Int) -> Int? {
        guard i + 3 < end, p[i] == "头" || p[i] == "前", p[i + 1].isDigit || Lexicon.shared.ordinalNumerals.contains(p[i + 1]) else { return nil }
        var k = i + 2
        if k < end, p[k] == "个" { k += 1 }
        guard k < end, p[k] == "月" else { return nil }
        return k + 1 - i
    }

    /// "1-6月份", "1—5月": a range of months from January, its length.
    private static func monthRange(in p: Scalars, at i: Int, end: Int) -> Int? {
        guard i + 1 < end, p[i] == "1", !p[i + 1].isDigit else { return nil }
        var k = i + 1
        guard k < end, p[k] == "-" || p[k] == "—" || p[k] == "–" || p[k] == "~" || p[k] == "至" else { return nil }
        k += 1
        let digits = k
        while k < end, p[k].isDigit, k - digits < 2 { k += 1 }
        guard k > digits, k < end, p[k] == "月" else { return nil }
        k += 1
        if k < end, p[k] == "份" { k += 1 }
        return k - i
    }

    /// The first basis stated in `text[range]`.
    static func find(in text: Scalars, range: Range<Int>) -> Figure.Basis? {
        let leads = Lexicon.shared.basisLeads
        var i = range.lowerBound
        while i < range.upperBound {
            i = text.firstIndex(in: leads, from: i, to: range.upperBound)
            if i < range.upperBound, let m = phrase(in: text, at: i) { return m.basis }
            i += 1
        }
        return nil
    }
}
