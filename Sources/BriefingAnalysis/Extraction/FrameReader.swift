/// How one group of values is stated: its trigger, the words that name what it measures and
/// the basis of comparison (whether it is a goal, `.target`, `GoalCues` says).
struct Frame {
    var kind: Figure.Kind
    var direction: Figure.Direction?
    var basis: Figure.Basis?
    /// The words before the trigger (subject and metric), years and bases removed. When the
    /// verb comes first, the words before the verb.
    var phrase: Scalars
    /// When the verb comes first, the metric between verb and value ("减少二氧化碳排放8.2万吨").
    var between: Scalars?
    /// Added after the metric: "占全国比重" for "占全国的40%".
    var suffix: Scalars = []
    /// 分别: values pair with a list in order.
    var saysRespectively: Bool
    /// 均/都: one value for every item of the list.
    var saysAll: Bool
    /// 节约, 节省: a saving, an improvement whatever the metric.
    var isSaving: Bool = false
    /// 改善, 好转: a change for the better, whose direction the metric's polarity gives
    /// (a concentration 改善9.1% fell; a share of good days rose).
    var isImprovement: Bool = false
    /// "高于去年的45万吨", "较2014年0.64公斤": a level of the year compared with — that year, or
    /// its offset from the figure's own year (去年 −1).
    var comparedYear: (year: Int?, offset: Int?)?
    /// "碳排放强度为每千瓦时0.55千克": the unit the values are per, written before them (千瓦时).
    var perUnit: String?
    /// "比重由21%上升到52%": the old level, of the year the period in force began.
    var isStartLevel = false
}

/// Reads the frame of a group of values, looking back from the first value to the start of
/// its segment (the clause, or what follows the previous figure in it).
///
/// Triggers are tried nearest first: a rate noun (增速为5%), a direction verb (下降4.76%),
/// a direction verb with 至/到 (降至, a new level), a level verb (达, 为), a share (占全国的40%),
/// a direction verb earlier in the clause (减少二氧化碳排放8.2万吨), and finally no trigger at
/// all (铝灰综合利用率35%以上), which must be followed by the clause's end.
struct FrameReader {
    let text: Scalars
    /// From the first value's start to the last value's end.
    let values: Range<Int>
    let clause: Range<Int>
    let segmentStart: Int
    let sentence: Range<Int>

    private static let maxVerbDistance = 16

    func read() -> Frame? {
        let w = Lexicon.shared  // one lazy-initialisation check a frame, not one per list read
        let start = values.lowerBound, end = values.upperBound
        var seg = segmentStart
        var k = start - 1
        let openers = w.openers, closers = w.closers
        while k >= seg {
            if openers.contains(text[k]) {
                if text[k] == "《" { return nil }
                // “4个100%”, “双百”: a slogan or name in quotes holds no figure.
                if text[k] == "“", start - k <= 8, (end..<min(end + 4, clause.upperBound)).contains(where: { text[$0] == "”" }) { return nil }
                seg = k + 1
                break
            }
            if closers.contains(text[k]) { break }
            k -= 1
        }
        // 由3.2%降至2.5%: the value after 由/从 is the old level, a figure only where its year is
        // known (`Frame.isStartLevel`); 等五项 counts a list.
        if start > seg, text[start - 1] == "等" { return nil }
        if start > seg, text[start - 1] == "由" || text[start - 1] == "从" {
            guard start - 1 > seg, ExtractionRun.movesTo(at: end, in: text, limit: clause.upperBound) else { return nil }
            return Frame(kind: .level, phrase: MetricPhrase.stripInline(text, seg..<(start - 1)), saysRespectively: false, saysAll: false,
                         isStartLevel: true)
        }
        if let compared = comparedLevel(endingAt: start, lowerBound: seg, w) {
            return Frame(kind: .level, phrase: [], saysRespectively: false, saysAll: false, comparedYear: compared)
        }
        var p = start
        // 了, adverbs of frequency and the value's own year between trigger and value
        // ("达到每年1280万吨", "下降到2024年的43.6%").
        var skipping = true
        var perUnit: String?
        while skipping, p > seg {
            skipping = false
            if text[p - 1] == "了" || text[p - 1] == " " { p -= 1; skipping = true }
            else if let marker = footnoteMarker(endingAt: p, lowerBound: seg) { p = marker; skipping = true }
            else if let n = w.valueAdverbs.match(in: text, endingAt: p, lowerBound: seg) { p -= n; skipping = true }
            else if let y = yearOfValue(endingAt: p, lowerBound: seg) { p = y; skipping = true }
            else if perUnit == nil, let per = MetricPhrase.perUnit(endingAt: p, in: text, lowerBound: seg) {
                perUnit = text.string((per + 1)..<p)
                p = per
                skipping = true
            }
        }
        // "比重由2023年的45.2%下降到……": the old level, stated with its year, is a figure of that
        // year (without a year, 由3.2%降至2.5% above, it is only where the change starts).
        let oldLevelAt = p < start && p > seg && (text[p - 1] == "由" || text[p - 1] == "从") ? p - 1 : nil

        var kind = Figure.Kind.level
        var direction: Figure.Direction?
        var phraseEnd = p
        var between: Scalars?
        var suffix: Scalars = []
        var verbWord = 0..<0  // where the direction verb stands
        var substanceAfter: Scalars?  // "减排8.2万吨二氧化碳": what follows the value
        var copulaEnd = p
        if let c = w.copulas.match(in: text, endingAt: p), p - c >= seg { copulaEnd = p - c }

        // "实现了8.5%的增长", "以年均6.6%的增速": the change is named after its value.
        let changeAfter = end + 1 < clause.upperBound && text[end] == "的" ? w.changesAfterValue.first { text.matches($0.word, at: end + 1) } : nil
        if let changeAfter {
            kind = .change; direction = changeAfter.direction
            if let verb = w.levelVerbs.match(in: text, endingAt: p), p - verb >= seg { phraseEnd = p - verb }
        } else if let noun = w.upRateNouns.match(in: text, endingAt: copulaEnd), copulaEnd - noun >= seg {
            kind = .change; direction = .up; phraseEnd = copulaEnd - noun
        } else if let noun = w.downRateNouns.match(in: text, endingAt: copulaEnd), copulaEnd - noun >= seg {
            kind = .change; direction = .down; phraseEnd = copulaEnd - noun
        } else if let verb = directionVerb(endingAt: p, lowerBound: seg, allowSingle: true, w) {
            kind = .change; direction = verb.direction; phraseEnd = p - verb.length
            verbWord = verb.start..<verb.end
            if let substance = w.substances.match(in: text, at: end, limit: clause.upperBound) {
                let isEmission = text.matches(w.reduceEmissions, at: verb.start)
                    || text.matches(w.emission, at: end + substance)
                substanceAfter = Array(text[end..<(end + substance)]) + (isEmission ? w.emission : [])
            }
        } else if p - 1 > seg, w.toMarkers.contains(text[p - 1]),
                  let verb = directionVerb(endingAt: p - 1, lowerBound: seg, allowSingle: true, w) {
            phraseEnd = p - 1 - verb.length
        } else if let verb = w.levelVerbs.match(in: text, endingAt: p), p - verb >= seg {
            phraseEnd = p - verb
        } else if let share = share(before: p, lowerBound: seg) {
            phraseEnd = share.position; suffix = share.suffix
        } else if let verb = verbEarlier(before: p, lowerBound: seg, w) {
            kind = .change; direction = verb.direction; phraseEnd = verb.start
            between = Array(text[verb.end..<p])
            verbWord = verb.start..<verb.end
            // "新增注册资本3058.4亿元", "新建绿道780公里": what was added is an amount of its own
            // (a level named with its verb), not the change of a stated level.
            if w.additionVerbs.contains(text, verb.start..<verb.end), !isRate(values.lowerBound),
               !text.matches(w.newlyAdded, at: verb.start) || !w.addedStocks.occurs(in: text, verb.end..<p) {
                kind = .level; direction = nil
                between = Array(text[verb.start..<p])
            }
            // "减排二氧化碳1360万吨" measures the emission of what follows the verb.
            if text.matches(w.reduceEmissions, at: verb.start), let b = between, !b.isEmpty,
               w.substances.match(in: b, endingAt: b.count) != nil {
                between = b + w.emission
            }
        } else if text.matches(w.annualOutput, endingAt: p) {
            // 年产15万吨锌锭: the product follows the value.
            guard let product = noun(after: end, w), !product.isEmpty else { return nil }
            phraseEnd = seg
            between = product + w.annualCapacity
        } else if let oldLevelAt {
            phraseEnd = oldLevelAt
        } else {
            // "Ⅳ类水质断面20个占5.8%": a count followed by its share is a figure of its own.
            let shareFollows = end + 1 < clause.upperBound && text[end] == "占" && text[end + 1].isDigit
            if end < clause.upperBound, text[end].isHan || text[end].isASCIILetter, !w.nounListJoiners.contains(text[end]), !shareFollows {
                // "27个水源地水质达标", "57个断面达到年度考核目标": a count of things that did something.
                guard let counted = countedStatement(seg: seg, w) else { return nil }
                kind = .level; phraseEnd = start; between = counted
            }
            if end < clause.upperBound, text[end] == "的" { return nil }
        }

        // "年营业收入2000万元及以上的服务业": a threshold that defines a category, no figure.
        if changeAfter == nil, end + 1 < clause.upperBound, text[end] == "的", w.thresholdEnds.match(in: text, endingAt: end, lowerBound: start) != nil { return nil }
        if let n = w.thresholdEnds.match(in: text, at: end, limit: clause.upperBound), end + n < clause.upperBound, text[end + n] == "的" { return nil }
        if w.equivalence.occurs(in: text, seg..<phraseEnd) { return nil }
        // "低于地区生产总值增速2.1个百分点": a gap to another figure, not a change of one.
        if w.comparisons.match(in: text, at: seg, limit: phraseEnd) != nil { return nil }
        // "装机容量从10.62亿千瓦增长到22亿千瓦": the old level before the trigger (a figure only
        // with its year) is no part of the metric.
        if let from = (seg..<phraseEnd).first(where: { (text[$0] == "由" || text[$0] == "从") && $0 + 1 < phraseEnd && text[$0 + 1].isDigit }),
           from > seg { phraseEnd = from }
        // "以年均6.6%的增速支撑了国民经济年均11.2%的增速": the change named after the value
        // before is no part of this one's metric.
        if seg > 0, text[seg - 1].isDigit || text[seg - 1] == "%", seg < phraseEnd, text[seg] == "的",
           let before = w.changesAfterValue.first(where: { text.matches($0.word, at: seg + 1) }) {
            seg = min(phraseEnd, seg + 1 + before.word.count)
            if let verb = w.supportVerbs.match(in: text, at: seg, limit: phraseEnd) { seg += verb }
        }
        // "由去年同期下降5.0%转为增长21.5%": the change a year before, of the metric before.
        var comparedYear: (year: Int?, offset: Int?)?
        if kind == .change, let n = w.lastYearChanges.match(in: text, at: seg, limit: phraseEnd), seg + n == phraseEnd {
            comparedYear = (nil, -1)
            seg = phraseEnd
        }
        let phrase = MetricPhrase.stripInline(text, seg..<phraseEnd)
        // "全年减排8.2万吨二氧化碳": with no metric before the verb, the substance after the value
        // is what is emitted.
        if let substanceAfter, MetricPhrase.parse(phrase).metric.isEmpty { between = substanceAfter }
        if phraseEnd == p, between == nil, MetricPhrase.trim(phrase).isEmpty, kind == .level,
           w.levelVerbs.match(in: text, endingAt: p) == nil { return nil }

        var basis = Basis.find(in: text, range: seg..<start) ?? (changeAfter?.yoy == true || comparedYear != nil ? .yoy : nil)
        if basis == nil, kind == .change { basis = basisBefore(seg, w) }
        let last = phraseEnd > seg ? text[phraseEnd - 1] : " "
        let beforeLast = phraseEnd - 1 > seg ? text[phraseEnd - 2] : " "
        let saysAll = last == "都" || (last == "均" && beforeLast != "平" && beforeLast != "人")
        return Frame(kind: kind, direction: direction, basis: basis, phrase: phrase, between: between, suffix: suffix,
                     saysRespectively: text.firstIndex(of: w.respectively, from: seg, upTo: start) != nil,
                     saysAll: saysAll, isSaving: w.savingVerbs.contains(text, verbWord),
                     isImprovement: w.improvementVerbs.contains(text, verbWord), comparedYear: comparedYear, perUnit: perUnit)
    }

    /// Whether the value at `start` is a percentage or percentage points (a rate, not an amount).
    private func isRate(_ start: Int) -> Bool {
        var i = start
        while i < values.upperBound, text[i].isDigit || text[i] == "." || text[i] == " " { i += 1 }
        return i < values.upperBound && (text[i] == "%" || text[i] == "个" || text[i] == "百")
    }

    private struct Verb { let start: Int; let end: Int; let direction: Figure.Direction; var length: Int { end - start } }

    /// The longest direction verb ending at `end`.
    private func directionVerb(endingAt end: Int, lowerBound: Int, allowSingle: Bool, _ w: Lexicon) -> Verb? {
        guard end > 0, end <= text.count, w.verbEnds.contains(text[end - 1]) else { return nil }
        let down = w.downVerbs.match(in: text, endingAt: end)
        let up = w.upVerbs.match(in: text, endingAt: end)
        let best: (length: Int, Figure.Direction)? = switch (down, up) {
        case let (d?, u?): d >= u ? (d, .down) : (u, .up)
        case let (d?, nil): (d, .down)
        case let (nil, u?): (u, .up)
        default: nil
        }
        guard let (length, direction) = best, end - length >= lowerBound else { return nil }
        if !allowSingle, w.adjacentOnlyVerbs.contains(text, (end - length)..<end) { return nil }
        if length == 1, w.directionNouns.match(in: text, endingAt: end, lowerBound: lowerBound) != nil { return nil }
        return Verb(start: end - length, end: end, direction: direction)
    }

    /// A direction verb earlier in the clause with a noun phrase between it and the value.
    private func verbEarlier(before p: Int, lowerBound: Int, _ w: Lexicon) -> Verb? {
        var e = p - 1
        let brackets = w.brackets, nounSuffixes = w.nounSuffixes, verbEnds = w.verbEnds
        while e > lowerBound, p - e <= Self.maxVerbDistance {
            if text[e].isDigit || text[e] == "%" || brackets.contains(text[e]) { return nil }
            if !nounSuffixes.contains(text[e]), verbEnds.contains(text[e - 1]),
               let verb = directionVerb(endingAt: e, lowerBound: lowerBound, allowSingle: false, w) {
                return verb
            }
            e -= 1
        }
        return nil
    }

    /// A footnote marker right before `p` ("供应总量[79]74.9万公顷"): where it starts.
    private func footnoteMarker(endingAt p: Int, lowerBound: Int) -> Int? {
        guard p - 3 >= lowerBound, text[p - 1] == "]" else { return nil }
        var i = p - 2
        while i > lowerBound, text[i].isDigit, p - i <= 5 { i -= 1 }
        return text[i] == "[" && i < p - 2 ? i : nil
    }

    /// "2024年的" right before `p` (the year a value is of): where it starts. Also "从2005年0.91
    /// 吨标煤下降到2007年0.82吨标煤", a year right after 由/从/到/至.
    private func yearOfValue(endingAt p: Int, lowerBound: Int) -> Int? {
        if p - 6 >= lowerBound, text[p - 1] == "的", text[p - 2] == "年", (3...6).allSatisfy({ text[p - $0].isDigit }) { return p - 6 }
        if p - 6 >= lowerBound, text[p - 1] == "年", (2...5).allSatisfy({ text[p - $0].isDigit }),
           "由从到至".unicodeScalars.contains(text[p - 6]) { return p - 5 }
        // "由“十五”时期的1.04": a plan's period, then 的.
        if p - 5 >= lowerBound, text[p - 1] == "的", let period = Lexicon.shared.planWords.match(in: text, endingAt: p - 1, lowerBound: lowerBound) {
            var k = p - 1 - period
            if k > lowerBound, text[k - 1] == "”" || text[k - 1] == "\"" { k -= 1 }
            guard k - 2 >= lowerBound, text[k - 1] == "五" else { return nil }
            k -= text[k - 2] == "十" ? 2 : (k - 3 >= lowerBound && text[k - 3] == "十" ? 3 : 0)
            guard k < p - 1 - period - 1 else { return nil }
            if k > lowerBound, text[k - 1] == "“" || text[k - 1] == "\"" { k -= 1 }
            return k
        }
        return nil
    }

    /// "27个水源地水质达标", "40家钢铁企业完成了超低排放改造": a count (个, 家) opening its clause,
    /// followed by what was counted and a verb of meeting a standard; the metric is that clause
    /// and 数 (水源地水质达标数).
    private func countedStatement(seg: Int, _ w: Lexicon) -> Scalars? {
        let start = values.lowerBound, end = values.upperBound
        guard end > start, w.countedThingClassifiers.contains(text[end - 1]), start - seg <= 6 else { return nil }
        var stop = end
        while stop < clause.upperBound, text[stop].isHan || text[stop] == "Ⅰ" || text[stop] == "Ⅱ" || text[stop] == "Ⅲ" { stop += 1 }
        guard stop - end >= 4, stop - end <= 24, w.standardVerbs.occurs(in: text, end..<stop) else { return nil }
        return Array(text[end..<stop]).filter { $0 != "了" } + w.countSuffix
    }

    /// "高于去年的45万吨", "较2014年0.64公斤下降约15%": right before the value, a comparison
    /// (高于, 低于, 较, 比) with a year (去年, 上年, 2014年), perhaps 同期 and 的 — the value is
    /// that year's level. Its year, or its offset from the figure's year.
    private func comparedLevel(endingAt p: Int, lowerBound: Int, _ w: Lexicon) -> (year: Int?, offset: Int?)? {
        var k = p
        if k > lowerBound, text[k - 1] == "的" { k -= 1 }
        if k - 2 >= lowerBound, text[k - 2] == "同", text[k - 1] == "期" { k -= 2 }
        var year: Int?, offset: Int?
        if k - 5 >= lowerBound, text[k - 1] == "年", (2...5).allSatisfy({ text[k - $0].isDigit }) {
            year = YearsAndPeriods.digitValue(text, (k - 5)..<(k - 1))
            k -= 5
        } else if k - 2 >= lowerBound, text[k - 1] == "年", text[k - 2] == "去" || text[k - 2] == "上" {
            offset = -1
            k -= 2
        } else {
            return nil
        }
        // "比2014年" opens a change (比2014年下降15%) unless the value follows it at once.
        guard w.comparedLevelLeads.match(in: text, endingAt: k, lowerBound: lowerBound) != nil else { return nil }
        return (year, offset)
    }


    /// "占全国的40%": the position of 占 and the suffix "占全国比重"; "达标的城市占59.9%": 占比.
    private func share(before p: Int, lowerBound: Int) -> (position: Int, suffix: Scalars)? {
        if p - 1 >= lowerBound, text[p - 1] == "占" { return (p - 1, ["占", "比"]) }
        var i = p - 1
        while i >= lowerBound, p - i <= 10 {
            if text[i] == "占", i + 1 < p, text[i + 1] != "比" {
                var whole = Array(text[(i + 1)..<p])
                if whole.last == "的" { whole.removeLast() }
                guard !whole.contains(where: \.isDigit) else { return nil }
                return (i, ["占"] + whole + Lexicon.shared.proportion)
            }
            i -= 1
        }
        return nil
    }

    /// The Han noun right after the value, up to a function word.
    private func noun(after end: Int, _ w: Lexicon) -> Scalars? {
        var i = end
        while i < clause.upperBound, i - end < 6, text[i].isHan, !w.nounEnds.contains(text[i]) { i += 1 }
        return i > end ? Array(text[end..<i]) : nil
    }

    /// A basis stated earlier in the sentence in a clause with no numbers ("与上年相比，").
    private func basisBefore(_ seg: Int, _ w: Lexicon) -> Figure.Basis? {
        var i = max(sentence.lowerBound, seg - ExtractionRun.lookBehind)
        // The last basis phrase with no number after it (a number belongs to another figure).
        var found: Figure.Basis?
        let leads = w.basisLeads
        while i < seg {
            if text[i].isDigit { found = nil }
            if leads.contains(text[i]), let m = Basis.phrase(in: text, at: i) {
                found = m.basis
                i += m.length
                continue
            }
            i += 1
        }
        return found
    }
}
