/// Whether a group of values states a goal: a cue (力争, 目标, 确保, …) before the values, from
/// the previous clause's start, not undone by a completion (实现了, 已), or "…的目标" right after
/// them.
///
/// A sentence's cues and completions are found by one scan, front to back, over what its groups
/// ask (from the first one's cue start to the last one's values, skipping clauses no group
/// looks at), and each group looks at those from where its own cues start. That is what a scan
/// from there finds: no cue or completion holds a clause mark, so no word found runs over the
/// start of a clause, and a scan reaches every clause start as a scan starting there would.
struct GoalCues {
    /// Where the scan is; before it, every cue and completion has been found.
    private var next = 0
    /// Where cues (not 完成率) and completions start, in text order.
    private var cues: [Int] = []
    private var completions: [Int] = []

    /// Whether the values at `values` in `clause` state a goal, with cues from `cueStart` (a
    /// clause start of the sentence, not before that of the group asked about before);
    /// `inTargetSentence`: a goal stated earlier in the sentence carries to the values after it.
    mutating func isTarget(in text: Scalars, values: Range<Int>, cueStart: Int, clause: Range<Int>,
                           inTargetSentence: Bool) -> Bool {
        let start = values.lowerBound, end = values.upperBound
        next = max(next, cueStart)  // what lies before is no group's
        scan(text, to: start)
        let done = last(of: completions, in: cueStart..<start)
        let cue = last(of: cues, in: cueStart..<start) ?? (inTargetSentence ? cueStart : nil)
        if let cue, (done ?? -1) < cue { return true }
        // A value token can run past the clause's end (fuzz: Fuzz/regressions/extract).
        let afterEnd = min(clause.upperBound, end + 8)
        return done == nil && afterEnd > end && Self.mentionsGoal(text, end..<afterEnd)
    }

    /// Reads on until every word starting before `end` is found.
    private mutating func scan(_ text: Scalars, to end: Int) {
        var i = next
        let w = Lexicon.shared
        while i < end {
            // Most scalars start no word: skip them.
            i = text.firstIndex(in: w.cueLeads, from: i, to: end)
            guard i < end else { break }
            if let n = w.completionMarkers.match(in: text, at: i) { completions.append(i); i += n; continue }
            if let n = w.targetCues.match(in: text, at: i) {
                if text.matches(Self.goal, at: i), isReached(text, goalAt: i) {
                    // "57个断面达到年度考核目标": a goal reached is a statement of what was done.
                    completions.append(i)
                } else if !text.matches(w.completionRate, at: i + n) { cues.append(i) }
                i += n
                continue
            }
            i += 1
        }
        next = i
    }

    /// Whether a verb of reaching (达到, 完成…) stands in the clause shortly before the 目标 at
    /// `i`, itself after no cue (力争完成…目标 is still a goal).
    private func isReached(_ text: Scalars, goalAt i: Int) -> Bool {
        let w = Lexicon.shared
        var k = i
        while k > 0, i - k < 10, !w.clauseMarks.contains(text[k - 1]) {
            if w.goalReachedVerbs.match(in: text, endingAt: k, lowerBound: max(0, k - 2)) != nil {
                return !(cues.last.map { $0 >= k - 12 } ?? false)
            }
            k -= 1
        }
        return false
    }

    /// The last of `positions` (in order) that lies in `range`.
    private func last(of positions: [Int], in range: Range<Int>) -> Int? {
        let k = ExtractionRun.countBefore(range.upperBound, in: positions) { $0 }
        return k > 0 && positions[k - 1] >= range.lowerBound ? positions[k - 1] : nil
    }

    private static let goal = Array("目标".unicodeScalars)

    /// Whether 目标 stands in `text[window]`. Plain CJK and ASCII are compared scalar by scalar;
    /// anything else (a combining mark could change where characters end) takes the `String`
    /// comparison.
    private static func mentionsGoal(_ text: Scalars, _ window: Range<Int>) -> Bool {
        guard !window.isEmpty else { return false }
        for k in window where !(text[k].value < 0x80 || text[k].isHan || text[k].value &- 0x3000 < 0x40) {
            return text.string(window).contains("目标")
        }
        return text.firstIndex(of: goal, from: window.lowerBound, upTo: window.upperBound) != nil
    }
}
