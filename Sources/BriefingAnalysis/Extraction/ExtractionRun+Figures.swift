import Foundation

// The figure builder: a frame and its value group become figures with metric, subject,
// year, kind and polarity.

extension ExtractionRun {
    // MARK: Figures

    /// Emits the figures of `group` and puts what a later group may continue into `emitted`
    /// (empty: nothing, and the group does not end the segment; it is empty when called).
    mutating func emit(_ frame: Frame, group: ValueGroup, clause: Range<Int>, sentence: Range<Int>,
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
        if case let .named(name)? = parsed.subject,
           Lexicon.shared.regionWords.contains(name) || Lexicon.shared.wholeAreas.contains(name) || MetricPhrase.isCollective(name)
            // A place opening the paragraph is its topic ("长株潭地区平均优良天数比例为73.2%。PM2.5
            // 浓度……"); one named further in ("……；锦江流域优良水体比例达到100%") or under 其中 is not.
            || (clause.lowerBound == facts.range.lowerBound && DocumentPlace.isPlaceName(name)) {
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
            if found[at].kind == .quantity, let per = frame.perUnit {
                unit += "/" + per
                baseUnit += "/" + per
            }
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
               Lexicon.shared.organisationCounts.contains(found[at].unit), !Lexicon.shared.regionWords.contains(name) {
                // "共有证券公司4家、期货公司3家": the kind of organisation is what is counted.
                metric = name + "数"
                subject = context.documentPlace ?? context.documentRegion
            } else if completed.isEmpty, kind == .level, case let .named(name)? = item.subject ?? parsed.subject, previous?.subject != name,
                      let measure = listedMeasure(for: found[at], at: groupStart) {
                // "粗钢产量8.1亿吨。前三家企业情况如下：甲集团10500万吨，…": a member of a list
                // after a colon is measured as the figure that opened it.
                metric = measure
            } else if completed.isEmpty {
                let earlier = previousGroup.count == items.count ? previousGroup[index] : previous
                guard let earlier else { emitted.empty(); return }  // nothing of the group's continues
                // "装机容量达到3250万千瓦，占总装机容量的42.6%": the share of the metric before.
                // "断面323个占93.6%": the share is of the things (断面占比), not of their number.
                let whole = frame.suffix.first == "占" ? Self.wholeOfShare(Array(earlier.metric.unicodeScalars)).string : earlier.metric
                metric = whole + frame.suffix.string
                    // "增长2.0%，比9月份回升0.2个百分点": points moved by a growth rate are its rate's.
                    + (earlier.isGrowth && kind == .change && baseUnit == "百分点" && frame.suffix.isEmpty ? Lexicon.shared.growthRate : "")
                subject = earlier.subject
                quoteStart = earlier.clauseStart
                guard metric.unicodeScalars.count <= 40 else { emitted.empty(); return }  // nothing of the group's continues
            } else {
                guard completed.count <= 40 else { emitted.empty(); return }  // nothing of the group's continues
                // "-0.2万吨521.5…": a table flattened into one line puts a value where the metric
                // stands. A metric may open with a count (15个国考断面…), never with a decimal.
                let lead = completed.prefix { $0.isDigit || $0 == "." || $0 == "-" }
                guard !completed.isEmpty, !lead.contains("."), lead.first != "-" else {
                    result.warnings.append(ExtractionWarning(file: document.file, line: lines.line(ofText: groupStart),
                        message: "metric.starts-with-number: “\(completed.string)” is no metric (a flattened table?); skipped"))
                    emitted.empty(); return
                }
                // "居民消费价格上涨0.5%，其中医疗保健类上涨2.7%": a category of the paragraph's
                // measure is measured as it is.
                // "……用电量同比增长17.4%。其中广东同比增长19.1%": a place named alone is a member,
                // measured as the paragraph's measure is.
                let member = paragraphMeasure == nil ? nil : Self.placeMember(completed)
                let sibling = member != nil ? paragraphMeasure
                    : completed.count > 3 || frame.isSaving || paragraphMeasureUnit != baseUnit ? nil : Self.sibling(completed, of: paragraphMeasure)
                if let member { subject = member }
                var whole = completed.last == "类" && completed.count >= 2 ? paragraphMeasure.map { completed + $0 } ?? completed
                    : sibling ?? perCapitaComponent(completed, at: groupStart)
                // "共生产汽车134.89万辆，实现销售138.28万辆": what was sold is what was produced.
                if whole == Lexicon.shared.salesVolume, let before = previous?.metric.unicodeScalars, before.count > 2,
                   Array(before.suffix(2)) == Lexicon.shared.output {
                    whole = Array(before.dropLast(2)) + whole
                }
                // "Ⅳ类水质断面20个": a count of things is the number of them (断面数).
                if kind == .level, whole.last != "数", unit.unicodeScalars.count == 1, Lexicon.shared.countedThings.contains(unit), whole.count >= 2, whole.allSatisfy({ !$0.isDigit }),
                   MetricPhrase.needsHead(whole) { whole.append("数") }
                let spelling = metricSpellings.entry(whole) { [taxonomy] in taxonomy.polarity(of: $0) }
                metric = spelling.name
                ownPolarity = spelling.polarity
                if whole.last != "类", completed.last != "类", sibling == nil {
                    paragraphMeasure = completed
                    paragraphMeasureUnit = baseUnit
                }
                if found[at].kind == .quantity { listMeasure = ListMeasure(metric: metric, baseUnit: baseUnit, position: groupStart) }
            }
            // A sector subject is part of what is measured: 光伏 + 发电量 is clean generation.
            let polarity: MetricPolarity
            if let subject, Lexicon.shared.sectors.contains(subject) {
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
                if frame.isStartLevel {
                    guard let start = startYear(before: groupStart, clause: clause, sentence: sentence, facts: facts) else { continue }
                    when = (start, nil)
                } else {
                    when = (year(before: groupStart, clause: clause, sentence: sentence, facts: facts),
                            readPeriod(clause: clause, sentence: sentence, near: groupStart))
                }
            }
            let numberAt = (found[at].start..<found[at].end).first { text[$0].isDigit } ?? found[at].start
            result.figures.append(Figure(
                kind: kind, subject: subject, metric: metric, direction: direction,
                value: value, unit: unit, baseValue: baseValue, baseUnit: baseUnit, qualifier: qualifier,
                basis: frame.basis, year: Self.comparedYear(frame, figureYear: when?.year),
                period: when?.period,
                category: category,
                improved: frame.isSaving || frame.isImprovement ? true : direction.flatMap { $0 == .up ? polarity.up : polarity.down },
                quote: "", file: document.file, line: 0))  // filled in by `fillProvenance`
            pendingProvenance.append(PendingProvenance(quote: quoteRange(quoteStart..<clause.upperBound), numberAt: numberAt))
            emitted.append(PreviousFigure(metric: metric, subject: subject, phraseSubject: phraseSubject, clauseStart: quoteStart,
                                          isGrowth: kind == .change && baseUnit == "%"))
        }
    }

    /// The metric a member of a list takes when it names none: the last amount's, when the
    /// member has the same base unit and a colon stands between them, not far apart.
    func listedMeasure(for value: Quantity, at position: Int) -> String? {
        guard value.kind == .quantity, let measure = listMeasure, measure.baseUnit == value.baseUnit,
              position - measure.position <= Self.listReach,
              measure.colonSeen || (max(measure.position, 0)..<position).contains(where: { text[$0] == ":" || text[$0] == "：" }) else { return nil }
        return MetricPhrase.withoutStatisticalScope(measure.metric)
    }

    /// How far after the figure that opened it a list's member may stand (a dozen members).
    static let listReach = 600

    /// The figure's year: its own, or the year it is compared with (高于去年的45万吨: one before).
    static func comparedYear(_ frame: Frame, figureYear: Int?) -> Int? {
        guard let compared = frame.comparedYear else { return figureYear }
        if let year = compared.year { return year }
        return figureYear.map { $0 + (compared.offset ?? 0) }
    }

    /// The period stated in the clause, else in the sentence shortly before it.
    mutating func readPeriod(clause: Range<Int>, sentence: Range<Int>, near groupStart: Int) -> String? {
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
    mutating func classify(_ metric: String) -> MetricPolarity {
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

    mutating func isRejectedLevel(_ metric: String, unit: String, qualifier: Qualifier?) -> Bool {
        if LevelAdmissionRules.isDuration(unit) {
            return LevelAdmissionRules.rejecting(metric: Array(metric.unicodeScalars), unit: unit, qualifier: qualifier) != nil
        }
        if let known = admissionByMetric.value(for: metric) { return known }
        let rejected = LevelAdmissionRules.rejecting(metric: Array(metric.unicodeScalars), unit: unit, qualifier: qualifier) != nil
        admissionByMetric.insert(rejected, for: metric)
        return rejected
    }
}
