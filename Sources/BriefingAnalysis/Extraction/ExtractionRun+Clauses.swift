import Foundation

// Clauses and value groups: which values state figures, and which of them form one group
// (a list, a range, a pair) read through one frame.

extension ExtractionRun {
    // MARK: Sentences and clauses

    /// How far back in a sentence a period or basis stated before the clause is looked for.
    static let lookBehind = 120

    /// Kinds that state a figure (a bare number does not).
    @inline(__always) static func isFigureKind(_ kind: Quantity.Kind) -> Bool {
        switch kind {
        case .percent, .percentagePoint, .quantity, .money, .fraction: return true
        case .number: return false
        }
    }

    /// Where the clause that starts at `start` ends: after its , ; : (the mark included), or at
    /// the sentence's end.
    func clauseEnd(from start: Int, in sentence: Range<Int>) -> Int {
        text.withUnsafeBufferPointer { t in
            let e = t.firstIndex(from: start, to: sentence.upperBound, outside: 0x3C, 0xFF0C, where: Self.endsClause)
            return min(e + 1, sentence.upperBound)
        }
    }

    mutating func sentence(_ range: Range<Int>, _ found: ArraySlice<Quantity>, _ facts: ParagraphFacts) {
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
        // The sentence's figures so far, the last of each group: values listed after separate
        // statements continue them ("共生产134.89万辆，实现销售138.28万辆，较上年同期下降4.89%和3.98%").
        var stated: [PreviousFigure] = []
        var clauseStart = range.lowerBound
        // Clauses end after , ; : (the mark included). Those after the last value state nothing.
        while clauseStart < range.upperBound, next < found.endIndex {
            var clauseEnd = self.clauseEnd(from: clauseStart, in: range)
            // A clause never ends inside a value (a mark the number scanner read as its own,
            // as in 2,025): it runs on to the next mark after that value.
            var straddling = next
            while straddling < found.endIndex, found[straddling].start < clauseEnd {
                if found[straddling].end > clauseEnd, found[straddling].end <= range.upperBound {
                    clauseEnd = self.clauseEnd(from: found[straddling].end, in: range)
                }
                straddling += 1
            }
            let clause = clauseStart..<clauseEnd
            clauseStart = clauseEnd
            // One cursor over the sentence's values: linear even for a one-sentence 50 MB text.
            values.empty()
            while next < found.endIndex, found[next].start < clause.upperBound {
                // A value running past its sentence (its end a mark) is no figure of it.
                if found[next].end > clause.upperBound { next += 1; continue }
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
                                     clause: clause, inTargetSentence: inTargetSentence)
                    || namesADeadline(in: (previousClause?.lowerBound ?? clause.lowerBound)..<group.start) {
                    read.kind = .target
                    inTargetSentence = true
                }
                let continued = group.count > 1 && previous.count == 1 && stated.count >= group.count ? Array(stated.suffix(group.count)) : previous
                emit(read, group: group, clause: clause, sentence: range, facts: facts,
                     previousGroup: continued, previousClause: previousClause, valuesInClause: values.count, into: &emitted)
                if !emitted.isEmpty {
                    if emitted.count == 1 { stated.append(emitted[0]) } else { stated.removeAll() }
                    swap(&previous, &emitted)
                    emitted.empty()
                    segmentStart = group.end
                }
            }
            previousClause = clause
        }
    }

    /// A number without a unit that states a rate, index or coefficient: "损工事故率为0.12",
    /// "综合指数4.12" — the number alone ends its clause, right after the head or its verb.
    static func isUnitlessRate(_ q: Quantity, clause: Range<Int>, in text: Scalars) -> Bool {
        guard q.kind == .number else { return false }
        let w = Lexicon.shared
        let after = q.end
        var p = q.start
        // "弹性系数由1.04下降到0.59": the old level, then the new one after 到/至.
        let oldFrom = Self.fromMark(before: p, lowerBound: clause.lowerBound, in: text)
        guard after >= clause.upperBound || Self.endsClause(text[after]) || Self.endsSentence(text[after])
                || (oldFrom != nil && Self.movesTo(at: after, in: text, limit: clause.upperBound)) else { return false }
        if let oldFrom {
            p = oldFrom
        } else if p - 1 > clause.lowerBound, w.toMarkers.contains(text[p - 1]),
                  let verb = w.downVerbs.match(in: text, endingAt: p - 1) ?? w.upVerbs.match(in: text, endingAt: p - 1) {
            p -= 1 + verb
            // "由1.04下降到0.59": the metric stands before the old level.
            var k = p
            while k > clause.lowerBound, text[k - 1].isDigit || text[k - 1] == "." { k -= 1 }
            if k < p, let from = Self.fromMark(before: k, lowerBound: clause.lowerBound, in: text) { p = from }
        }
        if let verb = w.levelVerbs.match(in: text, endingAt: p, lowerBound: clause.lowerBound) { p -= verb }
        // The Decimal comparison last: it costs more than the other tests together.
        return Lexicon.shared.unitlessHeads.match(in: text, endingAt: p, lowerBound: clause.lowerBound) != nil && q.value < 10_000
    }

    /// Where the 由/从 of an old level starting at `start` stands: right before it ("由1.04"), or
    /// a little before it, with the level's period or year between ("由“十五”时期的1.04",
    /// "由2015年的1.04").
    static func fromMark(before start: Int, lowerBound: Int, in text: Scalars) -> Int? {
        guard start > lowerBound else { return nil }
        if text[start - 1] == "由" || text[start - 1] == "从" { return start - 1 }
        guard text[start - 1] == "的" else { return nil }
        return (max(lowerBound, start - 12)..<(start - 1)).last { text[$0] == "由" || text[$0] == "从" }
    }

    /// A direction verb and 到/至 at `i` ("下降到"): a new level follows.
    static func movesTo(at i: Int, in text: Scalars, limit: Int) -> Bool {
        let w = Lexicon.shared
        guard let verb = w.downVerbs.match(in: text, at: i, limit: limit) ?? w.upVerbs.match(in: text, at: i, limit: limit) else { return false }
        return i + verb < limit && w.toMarkers.contains(text[i + verb])
    }

    /// "一项", "一个": a determiner ("是一项全国范围内的活动"), not a count.
    static func isDeterminer(_ q: Quantity, in text: Scalars) -> Bool {
        // The Decimal comparison last: it is the expensive test.
        q.qualifier == nil && q.start < text.count && text[q.start] == "一" && q.value == 1
    }

    /// Values joined only by 、 和 及 与 以及 form one group ("12.43%、10.85%"): the end of the
    /// group that starts at `values[start]`.
    static func groupEnd(_ values: [Int], in found: ArraySlice<Quantity>, from start: Int, _ text: Scalars) -> Int {
        var end = start + 1
        while end < values.count, case let (lower, upper) = (found[values[end - 1]], found[values[end]]),
              joinedAsList(lower.end, upper.start, text)
                || (isRange(lower.end, upper.start, text) && boundsShareUnit(lower, upper)) { end += 1 }
        return end
    }

    /// Whether `found[k]` (a number: "2000万") is the lower bound of a range whose upper bound
    /// carries the unit ("2000万至3000万吨").
    static func opensRange(_ k: Int, in found: ArraySlice<Quantity>, _ text: Scalars) -> Bool {
        guard k + 1 < found.endIndex, isFigureKind(found[k + 1].kind) else { return false }
        return isRange(found[k].end, found[k + 1].start, text)
    }

    /// Whether the text between two values is a range mark.
    static func isRange(_ from: Int, _ to: Int, _ text: Scalars) -> Bool {
        guard to > from, to - from <= 2, let n = Lexicon.shared.rangeMarks.match(in: text, at: from, limit: to) else { return false }
        return from + n == to
    }

    /// Whether two values can be the bounds of one range: the same unit, or a bare lower number.
    static func boundsShareUnit(_ lower: Quantity, _ upper: Quantity) -> Bool {
        lower.kind == .number || lower.unit == upper.unit
    }

    /// Whether two values stand as a pair of readings of one thing ("1250万千瓦/2710万千瓦时").
    static func isPair(_ from: Int, _ to: Int, _ text: Scalars) -> Bool { to == from + 1 && text[from] == "/" }

    static func joinedAsList(_ from: Int, _ to: Int, _ text: Scalars) -> Bool {
        guard to > from, to - from <= 3 else { return false }
        var lo = from, hi = to
        while lo < hi, text[lo] == " " { lo += 1 }
        while hi > lo, text[hi - 1] == " " { hi -= 1 }
        guard let n = Lexicon.shared.valueListWords.match(in: text, at: lo, limit: hi) else { return false }
        return lo + n == hi
    }
}
