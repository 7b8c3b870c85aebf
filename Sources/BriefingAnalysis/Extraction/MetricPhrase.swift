/// Turns the words before (or around) a number into a subject and a metric.
///
/// The phrase is cleaned in a fixed order: years, bases of comparison and quote marks are
/// removed anywhere; leading periods and connectives and trailing adverbs are trimmed; then a
/// subject at the front (region, organisation, a reference back such as 该公司, or the part
/// before 实现/完成) is split off. What is left is the metric as written.
enum MetricPhrase {
    /// Who the phrase names.
    enum SubjectRef: Equatable {
        case named(String)
        /// 该公司, 企业, 公司: the organisation named last before it.
        case anaphora
    }

    struct Parsed {
        var subject: SubjectRef?
        var metric: Scalars
    }

    /// Removes years, bases of comparison, 分别 and quote marks wherever they stand.
    static func stripInline(_ p: Scalars) -> Scalars { stripInline(p, 0..<p.count) }

    /// Words that lead to a year inside a phrase (到2025年, 至2030年, 于2023年, 在2017年).
    static let yearLeads: ScalarSet = ["到", "至", "于", "在"]

    /// "(不包括独立黄金企业)", "（不含海关代征）" at `i`: a note on what a scope includes or
    /// leaves out; its length with the brackets.
    static func scopeNote(_ text: Scalars, at i: Int, limit: Int) -> Int? {
        guard i + 3 < limit, Lexicon.shared.scopeNoteOpeners.match(in: text, at: i + 1, limit: limit) != nil,
              let close = ((i + 2)..<min(limit, i + 24)).first(where: { text[$0] == ")" || text[$0] == "）" }) else { return nil }
        return close + 1 - i
    }

    /// `stripInline` of `text[range]`, read in place (no copy of the range first); nothing is
    /// matched across the range's ends.
    static func stripInline(_ text: Scalars, _ range: Range<Int>) -> Scalars {
        let w = Lexicon.shared
        let leads = w.basisLeads, quoteMarks = w.quoteMarks, respectively = w.respectively, inlineLeads = w.inlineLeads
        let lo = range.lowerBound, hi = range.upperBound
        var out: Scalars = []
        out.reserveCapacity(range.count)
        // What is kept is copied a run at a time: the scalars from `kept` up to what is removed.
        var kept = lo
        var i = lo
        while i < hi {
            let s = text[i]
            guard inlineLeads.contains(s) else { i += 1; continue }
            let removed: Int  // how many scalars from `i` come out
            var leadIn = 0    // and how many before it (the 到 of 到2025年)
            if leads.contains(s), let m = Basis.phrase(in: text, at: i, limit: hi) {
                removed = m.length
            } else if i + respectively.count <= hi, text.matches(respectively, at: i) {
                removed = 2
            } else if i + 4 < hi, s.isDigit, text[i + 1].isDigit, text[i + 2].isDigit, text[i + 3].isDigit, text[i + 4] == "年",
                      i == lo || !text[i - 1].isDigit {
                removed = i + 5 < hi && text[i + 5] == "度" ? 6 : 5
                // "力争到2025年单位产品能耗": the 到 (至, 于) that leads to the year goes with it.
                if i > kept, Self.yearLeads.contains(text[i - 1]) { leadIn = 1 }
            } else if quoteMarks.contains(s) || s == " " {
                removed = 1
            } else if s == "(" || s == "（", let close = scopeNote(text, at: i, limit: hi), i + close < hi {
                // "企业(不包括独立黄金企业)实现利润": what a subject's scope leaves out; a note
                // ending the phrase (税收收入（不含海关代征）) is the metric's own.
                removed = close
            } else if s == "[", i + 2 < hi, text[i + 1].isDigit, let close = (i + 2..<min(hi, i + 6)).first(where: { text[$0] == "]" }),
                      (i + 1..<close).allSatisfy({ text[$0].isDigit }) {
                removed = close + 1 - i  // a footnote marker: 供应总量[79]
            } else {
                i += 1
                continue
            }
            out += text[kept..<(i - leadIn)]
            i += removed
            kept = i
        }
        if kept < hi { out += text[kept..<hi] }
        return out
    }

    /// Trims leading periods/connectives and trailing adverbs until nothing more comes off.
    static func trim(_ p: Scalars) -> Scalars { trim(p, .shared) }

    private static func trim(_ p: Scalars, _ w: Lexicon) -> Scalars {
        let r = trimmed(p, 0..<p.count, w)
        return r.count == p.count ? p : Array(p[r])
    }

    /// What `trim` keeps of `p[range]`, as a range of `p` (nothing is copied).
    private static func trimmed(_ p: Scalars, _ range: Range<Int>, _ w: Lexicon) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        var changed = true
        while changed && lo < hi {
            changed = false
            if let n = w.metricLeadingNoise.match(in: p, at: lo, limit: hi) ?? w.periods.match(in: p, at: lo, limit: hi)
                ?? eventClause(p, at: lo, limit: hi, w) {
                lo += n; changed = true; continue
            }
            if let n = w.metricTrailingNoise.match(in: p, endingAt: hi, lowerBound: lo), n < hi - lo {
                hi -= n; changed = true; continue
            }
            if w.trailingJoiners.contains(p[hi - 1]) { hi -= 1; changed = true }
            else if w.leadingMarks.contains(p[lo]) { lo += 1; changed = true }
        }
        // "同比小幅下降0.3%": an adverb of degree alone names nothing (the metric is the one before).
        if lo < hi, w.degreeAdverbs.match(in: p, at: lo, limit: hi) == hi - lo { return lo..<lo }
        return lo..<hi
    }

    /// "碳排放强度为每千瓦时0.55千克", "耗新水每吨钢2.5立方米": the unit a value is per, written
    /// before it: 每, then a unit (with a scale, 万元; with a product, 吨钢, 度电) that ends
    /// `p[range]`. Where its 每 stands, nil when there is none. (每天处理污水 is no unit: 天 is none.)
    static func perUnit(endingAt hi: Int, in p: Scalars, lowerBound lo: Int) -> Int? {
        guard hi - lo >= 3, let per = (max(lo, hi - 8)..<(hi - 1)).last(where: { p[$0] == "每" }) else { return nil }
        func endsThePhrase(_ u: Int) -> Bool {
            guard let unit = UnitTable.match(p, at: u), unit.end <= hi else { return false }
            return unit.end == hi || UnitTable.matchProduct(p, at: unit.end) == hi
        }
        return endsThePhrase(per + 1) || ("万千百亿".unicodeScalars.contains(p[per + 1]) && endsThePhrase(per + 2)) ? per : nil
    }

    /// "9月建成的一期项目年产能": an optional month, an event verb and 的 date the thing named
    /// after them (`YearsAndPeriods.datesAnEvent` drops the year before it); their length.
    private static func eventClause(_ p: Scalars, at lo: Int, limit hi: Int, _ w: Lexicon) -> Int? {
        var i = lo
        while i < hi, i - lo < 2, p[i].isDigit { i += 1 }
        if i > lo { guard i < hi, p[i] == "月" else { return nil }; i += 1 }
        guard let verb = w.eventVerbs.match(in: p, at: i, limit: hi), i + verb < hi - 1, p[i + verb] == "的" else { return nil }
        return i + verb + 1 - lo
    }

    /// Splits a subject off the front of a cleaned phrase.
    static func parse(_ phrase: Scalars) -> Parsed {
        let w = Lexicon.shared
        // "年末常住人口": a stock at year end keeps 年末 in its metric, the subject after it
        // read as usual ("年末全市公交线路长度" → 全市, 年末公交线路长度).
        let p = trim(phrase, w)
        if let n = w.yearEnd.match(in: p, at: 0), n < p.count {
            var parsed = parse(Array(p[n...]))
            if !parsed.metric.isEmpty, w.yearEnd.match(in: parsed.metric, at: 0) == nil { parsed.metric = Array(p[0..<n]) + parsed.metric }
            return parsed
        }
        return parseTrimmed(p, w)
    }

    private static func parseTrimmed(_ p: Scalars, _ w: Lexicon) -> Parsed {
        guard !p.isEmpty, !isCondition(p, w) else { return Parsed(subject: nil, metric: []) }
        // "占规模以上企业原煤产量的50.8%": a share's whole, no subject.
        if p.first == "占" { return Parsed(subject: nil, metric: p) }
        if let n = w.regionWords.match(in: p, at: 0) ?? w.wholeAreas.match(in: p, at: 0) {
            let rest = trim(Array(p[n...]), w)
            // "全省168个县级及以上城市细颗粒物平均浓度": the region's collective is who.
            if let c = collectiveEnd(rest) {
                return Parsed(subject: .named(p.string(0..<n) + rest.string(0..<c)), metric: trim(Array(rest[c...]), w))
            }
            return Parsed(subject: .named(p.string(0..<n)), metric: produced(rest, w))
        }
        // "重点调查煤炭企业原煤产量", "开展监测的326个城市…": a collective opening the phrase.
        if let c = collectiveEnd(p) {
            return Parsed(subject: .named(p.string(0..<c)), metric: produced(trim(Array(p[c...]), w), w))
        }
        if let n = w.anaphora.match(in: p, at: 0) {
            var rest = Array(p[n...])
            if rest.first == "的" { rest.removeFirst() }
            return Parsed(subject: .anaphora, metric: produced(trim(rest, w), w))
        }
        if let region = regionName(in: p, w) {
            return Parsed(subject: .named(p.string(0..<region)), metric: trim(Array(p[region...]), w))
        }
        if let org = OrganisationNames.mentions(in: p, range: 0..<p.count).first, org.range.lowerBound <= 3 {
            var rest = Array(p[org.range.upperBound...])
            if rest.first == "的" { rest.removeFirst() }
            return Parsed(subject: .named(org.name(in: p)), metric: produced(trim(rest, w), w))
        }
        // "某能源集团全年发电量", "華能國際上半年營業收入": a time word between a name and
        // the metric delimits them, when the name has no metric head of its own.
        if let split = timeSplit(p, w) { return split }
        // "规模以上工业企业实现利润总额": the part before 实现 names who.
        var i = 1
        while i < p.count - 1 {
            if let verb = w.splitVerbs.match(in: p, at: i), i + verb < p.count, i <= 10,
               !w.nounSuffixes.contains(p[i + verb]) {
                let left = trim(Array(p[0..<i]), w)
                let right = trim(Array(p[(i + verb)...]), w)
                if !right.isEmpty {
                    return Parsed(subject: left.isEmpty ? nil : .named(left.string), metric: right)
                }
            }
            i += 1
        }
        return Parsed(subject: nil, metric: produced(p, w))
    }

    /// A name, a period word, then a metric with a head: ("华能国际", "发电量").
    private static func timeSplit(_ p: Scalars, _ w: Lexicon) -> Parsed? {
        var i = 2
        while i <= min(8, p.count - 3) {
            if let n = w.splittingTimes.match(in: p, at: i), i + n < p.count - 1,
               p[0..<i].allSatisfy(\.isHan), Lexicon.shared.metricHeads.match(in: p, endingAt: i) == nil,
               !p[0..<i].contains(where: { w.listJoiners.contains($0) }),
               w.metricLeadingNoise.match(in: p, at: 0) == nil,
               Lexicon.shared.metricHeads.match(in: p, endingAt: p.count) != nil {
                return Parsed(subject: .named(p.string(0..<i)), metric: trim(Array(p[(i + n)...]), w))
            }
            i += 1
        }
        return nil
    }

    /// Where a collective subject at the start of `p` ends: 4–16 scalars ending with a
    /// collective head, followed by a metric with a head of its own ("原煤产量"), not by a count
    /// of the collective itself ("企业数").
    static func collectiveEnd(_ p: Scalars) -> Int? {
        guard p.count >= 6 else { return nil }
        var k = 4
        while k <= min(16, p.count - 2) {
            if Lexicon.shared.collectiveHeads.match(in: p, endingAt: k, lowerBound: 0) != nil, p[k] != "数", p[k] != "的", p[k] != "个",
               Lexicon.shared.metricHeads.match(in: p, endingAt: p.count) != nil || statesOutput(Array(p[k...])),
               !p[0..<k].contains(where: { $0 == "、" || $0 == "和" }),
               Lexicon.shared.collectiveScopes.occurs(in: p, 0..<k), !isStatisticalScope(p, 0..<k) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// "规模以上工业企业产品销售率": 规模以上 and 限额以上 bound what a region's statistics
    /// count; the figure is the region's (its metric keeps them), unless the collective is also
    /// one of its own (重点调查…, 339个…, 会员…).
    static func isStatisticalScope(_ p: Scalars, _ range: Range<Int>) -> Bool {
        let w = Lexicon.shared
        guard let n = w.statisticalScopes.match(in: p, at: range.lowerBound, limit: range.upperBound) else { return false }
        return !w.collectiveScopes.occurs(in: p, (range.lowerBound + n)..<range.upperBound)
    }

    /// "规模以上企业原煤产量" → "原煤产量": what one member of the scope measures (a company
    /// listed under the total); the metric as it is when it opens with no scope and collective.
    static func withoutStatisticalScope(_ metric: String) -> String {
        let p = Array(metric.unicodeScalars), w = Lexicon.shared
        guard let n = w.statisticalScopes.match(in: p, at: 0) else { return metric }
        var k = n
        while k < min(p.count, n + 6) {
            k += 1
            if w.collectiveHeads.match(in: p, endingAt: k, lowerBound: n) != nil, p.count - k >= 2 { return p.string(k..<p.count) }
        }
        return metric
    }

    /// "分别生产粗钢": the rest of a phrase names an output with the verb 生产 (`produced`).
    private static func statesOutput(_ rest: Scalars) -> Bool {
        let t = trim(rest)
        return t.count > Lexicon.shared.produce.count + 1 && t.matches(Lexicon.shared.produce, at: 0)
    }

    /// Whether `name` is a collective subject (see `collectiveEnd`): it carries to the
    /// paragraph's later figures as a region does.
    static func isCollective(_ name: String) -> Bool {
        let u = Array(name.unicodeScalars)
        return u.count >= 4 && Lexicon.shared.collectiveHeads.match(in: u, endingAt: u.count, lowerBound: 0) != nil && Lexicon.shared.collectiveScopes.occurs(in: u, 0..<u.count)
    }

    /// "扣除留抵退税因素后", "按自然口径计算", "按可比价格计算": how a change is reckoned, not
    /// what it measures; the figure continues the metric before it.
    private static func isCondition(_ p: Scalars, _ w: Lexicon) -> Bool {
        w.conditionOpeners.match(in: p, at: 0) != nil && w.conditionEnds.match(in: p, endingAt: p.count) != nil
    }

    /// "生产电解铝" → "电解铝产量": output stated with the verb 生产 names a production volume.
    private static func produced(_ p: Scalars, _ w: Lexicon) -> Scalars {
        // "实现销售138.28万辆": what was sold is the sales volume.
        if p.count == w.sales.count, p.matches(w.sales, at: 0) { return w.salesVolume }
        let verb = w.produce
        guard p.matches(verb, at: 0), p.count > verb.count + 1, p[verb.count].isHan else { return p }
        let product = Array(p[verb.count...])
        // 生产效率, 生产总值: the phrase already names a measure.
        if w.metricHeads.match(in: product, endingAt: product.count) != nil || p.string.hasPrefix("生产总") { return p }
        return product + w.output
    }

    /// "云南省", "昆明市" opening the phrase: the index after the region's suffix.
    private static func regionName(in p: Scalars, _ w: Lexicon) -> Int? {
        guard let first = p.first, !w.regionBlockers.contains(first) else { return nil }
        for length in 2...3 where length < p.count - 2 {
            // 股票市场, 县域经济, 省级: the suffix starts a word, no name ends there.
            if w.regionSuffixes.contains(p[length]), p[0..<length].allSatisfy(\.isHan),
               !w.afterSuffixBlockers.contains(p[length + 1]) { return length + 1 }
        }
        // "长株潭地区平均优良天数比例", "长江流域水质优良断面比例": a named area of 2–4
        // characters and 地区 or 流域.
        for length in 2...4 where length + 2 < p.count - 1 {
            // 单位地区生产总值, 万元地区生产总值: 地区生产总值 is the metric (GDP), no area.
            if (p[length] == "地" && p[length + 1] == "区") || (p[length] == "流" && p[length + 1] == "域"),
               p[length + 2] != "生", p[0..<length].allSatisfy(\.isHan),
               !"单万每人".unicodeScalars.contains(p[0]) { return length + 2 }
        }
        return nil
    }

    /// A sector at the front of a list item: "铝加工化学需氧量排放强度" → ("铝加工", rest).
    static func sectorSplit(_ item: Scalars) -> (sector: String, rest: Scalars)? {
        guard let n = Lexicon.shared.sectors.match(in: item, at: 0) else { return nil }
        return (item.string(0..<n), Array(item[n...]))
    }

    /// Splits a list of metrics into `count` items when some grouping gives that many: on
    /// 、 和 及 与 以及 first; items that hold 及 or 和 themselves ("蔬菜及食用菌、中草药材、
    /// 水果、茶叶产量", 4 values) are tried split on 、 alone, then on 、 and 和; a collective
    /// with its members named by the text's convention ("三次产业" → 第一/第二/第三产业) is
    /// expanded. Otherwise the first split, whose count the caller compares.
    static func listItems(_ p: Scalars, count: Int) -> [Scalars] {
        if let expanded = expandingOrdinals(p) { return listItems(expanded, count: count) }
        let all = listItems(p)
        if all.count == count || count < 2 { return all }
        // "汽车产销量分别为153.5万辆和155.2万辆": 产销 is output and sales, two metrics.
        if all.count == 1, count == 2, let k = (0..<(p.count - 1)).first(where: { p[$0] == "产" && p[$0 + 1] == "销" }), k + 2 < p.count {
            let before = Array(p[..<k]), after = Array(p[(k + 2)...])
            return [trim(before + ["产"] + after), trim(before + ["销"] + after)]
        }
        for joiners in [Lexicon.shared.enumerationOnly, Lexicon.shared.enumerationAndHe] {
            let items = listItems(p, joiners: joiners, asWellAs: false)
            if items.count == count { return items }
        }
        if all.count == 1, let members = Lexicon.shared.collectiveMembers(of: p), members.members.count == count {
            return members.members.map { $0 + members.rest }
        }
        return all
    }

    /// "第一、二、三产业用电": ordinals sharing 第 and the noun after the last are whole items
    /// ("第一产业、第二产业、第三产业用电"); nil when `p` has none.
    static func expandingOrdinals(_ p: Scalars) -> Scalars? {
        let numerals = Lexicon.shared.ordinalNumerals
        guard let k = (0..<max(0, p.count - 4)).first(where: { p[$0] == "第" && numerals.contains(p[$0 + 1]) && p[$0 + 2] == "、" && numerals.contains(p[$0 + 3]) }) else { return nil }
        var ordinals: [Unicode.Scalar] = [p[k + 1]]
        var i = k + 2
        while i + 1 < p.count, p[i] == "、", numerals.contains(p[i + 1]) { ordinals.append(p[i + 1]); i += 2 }
        // The noun the last ordinal takes: up to the next joiner (产业 of 三产业和居民生活用电).
        var j = i
        while j < p.count, p[j].isHan, !Lexicon.shared.listJoiners.contains(p[j]), j - i < 4 { j += 1 }
        guard j > i else { return nil }
        let noun = Array(p[i..<j])
        var out = Array(p[..<k])
        for (n, ordinal) in ordinals.enumerated() {
            if n > 0 { out.append("、") }
            out += ["第", ordinal] + noun
        }
        return out + p[j...]
    }

    /// Splits a list of metrics on 、 和 及 与 以及 (outside brackets). Items are ranges of `p`
    /// between separators, trimmed before they are copied.
    static func listItems(_ p: Scalars) -> [Scalars] {
        listItems(p, joiners: Lexicon.shared.listJoiners, asWellAs: true)
    }

    private static func listItems(_ p: Scalars, joiners: ScalarSet, asWellAs splitsOnAsWellAs: Bool) -> [Scalars] {
        var items: [Scalars] = []
        let w = Lexicon.shared
        let asWellAs = w.asWellAs
        var depth = 0
        var start = 0
        var i = 0
        while i <= p.count {
            var separator = 0  // the length of the separator at `i`; the end of `p` ends the last item
            if i == p.count {
                separator = 1
            } else {
                let s = p[i]
                if s == "(" || s == "（" { depth += 1 } else if s == ")" || s == "）" { depth = max(0, depth - 1) }
                if depth == 0 {
                    if splitsOnAsWellAs, p.matches(asWellAs, at: i) { separator = 2 } else if joiners.contains(s) { separator = 1 }
                }
            }
            guard separator > 0 else { i += 1; continue }
            let item = trimmed(p, start..<i, w)
            if !item.isEmpty { items.append(Array(p[item])) }
            i += separator
            start = i
        }
        return items
    }

    /// The head a list shares, taken from its last item: "氨氮排放量" → "排放量" (after a
    /// substance) or the longest metric head at its end ("钢材产量" → "产量").
    static func sharedHead(of last: Scalars) -> Scalars? {
        if let substance = Lexicon.shared.substances.match(in: last, at: 0), substance < last.count {
            return Array(last[substance...])
        }
        // "居民生活用电": an activity is measured by its amount (用电 → 用电量).
        guard let head = Lexicon.shared.metricHeads.match(in: last, endingAt: last.count)
                ?? Lexicon.shared.activityVerbs.match(in: last, endingAt: last.count), head < last.count else { return nil }
        return Array(last[(last.count - head)...])
    }

    /// Whether an item lacks its own head and takes the shared one ("化学需氧量", "粗钢").
    static func needsHead(_ item: Scalars) -> Bool {
        if Lexicon.shared.substances.contains(item) { return true }
        return Lexicon.shared.metricHeads.match(in: item, endingAt: item.count) == nil
    }

    /// A metric named by an activity (投资, 完成投资, 用电, 发电): what a verb measures.
    static func completesAMetric(_ p: Scalars) -> Bool {
        let t = trim(p)
        return t.count >= 2 && (Lexicon.shared.metricHeads.match(in: t, endingAt: t.count) != nil
            || Lexicon.shared.activityVerbs.match(in: t, endingAt: t.count) != nil || t.string.hasSuffix("投资"))
    }

    static func isBareHead(_ metric: Scalars) -> Bool { Lexicon.shared.bareHeads.contains(metric) }

    /// The noun of a metric without its head: "一般工业固体废物产生量" → "一般工业固体废物".
    static func noun(of metric: Scalars) -> Scalars? {
        guard let head = Lexicon.shared.metricHeads.match(in: metric, endingAt: metric.count), metric.count - head >= 2 else { return nil }
        return Array(metric[..<(metric.count - head)])
    }

    /// A noun taken from the previous clause (`clause[range]`) to make a bare head whole:
    /// "大力推进再生金属使用" → "再生金属".
    static func contextNoun(from clause: Scalars, _ range: Range<Int>) -> Scalars? {
        var p = parse(stripInline(clause, range)).metric
        var changed = true
        while changed {
            changed = false
            if let n = Lexicon.shared.contextLeadingVerbs.match(in: p, at: 0), n < p.count { p.removeFirst(n); changed = true }
            if let n = Lexicon.shared.contextTrailingVerbs.match(in: p, endingAt: p.count), n < p.count { p.removeLast(n); changed = true }
        }
        p = trim(p)
        guard (2...10).contains(p.count), p.allSatisfy({ $0.isHan || $0.isASCIILetter }) else { return nil }
        return p
    }
}
