import Foundation

// Metrics: list items (shared heads, sectors, member subjects) and a metric made whole
// from its context.

extension ExtractionRun {

    /// Items of a list: sectors at the front become subjects ("铜冶炼、铝加工化学需氧量排放强度"),
    /// otherwise the last item lends its head to items without one ("化学需氧量、氨氮排放量").
    static func listItems(_ parts: [Scalars], subject: MetricPhrase.SubjectRef?) -> [(subject: MetricPhrase.SubjectRef?, metric: Scalars)] {
        if let members = memberSubjects(parts) { return members }
        // Split (a String and an array each) only when every item opens with a sector.
        if parts.allSatisfy({ Lexicon.shared.sectors.match(in: $0, at: 0) != nil }) {
            let sectors = parts.map(MetricPhrase.sectorSplit)
            if let shared = sectors.last??.rest, !shared.isEmpty {
                return sectors.map { (.named($0!.sector), $0!.rest.isEmpty ? shared : MetricPhrase.trim($0!.rest)) }
            }
        }
        let head = MetricPhrase.sharedHead(of: parts.last!)
        return parts.enumerated().map { index, part in
            let whole = index < parts.count - 1 && MetricPhrase.needsHead(part) ? part + (head ?? []) : part
            return (subject, whole)
        }
    }

    /// A list of subjects sharing one metric: every item but the last names a member only (no
    /// metric head), and the last is a member, a group noun, then the metric with its head.
    /// Each member takes the group noun ("华东地区"); the metric is the last item's rest.
    static func memberSubjects(_ parts: [Scalars]) -> [(subject: MetricPhrase.SubjectRef?, metric: Scalars)]? {
        guard parts.count >= 2, let last = parts.last, parts.dropLast().allSatisfy({ MetricPhrase.needsHead($0) && $0.count <= 8 }) else { return nil }
        // "河南和内蒙古水电利用小时": provinces by their short names, the last one's rest the metric.
        let w = Lexicon.shared
        if parts.dropLast().allSatisfy({ part in w.provinces.contains { $0.short == part } }),
           let lastProvince = w.province(at: 0, in: last), last.count > lastProvince.short.count + 1 {
            let metric = MetricPhrase.trim(Array(last[lastProvince.short.count...]))
            return parts.dropLast().map { (.named($0.string), metric) } + [(.named(lastProvince.short.string), metric)]
        }
        var k = 1
        while k < min(last.count - 2, 9) {
            if let g = Lexicon.shared.groupNouns.match(in: last, at: k), k + g < last.count,
               Lexicon.shared.metricHeads.match(in: last, endingAt: last.count) != nil || MetricPhrase.completesAMetric(Array(last[(k + g)...])) {
                let group = Array(last[k..<(k + g)])
                let metric = MetricPhrase.trim(Array(last[(k + g)...]))
                return parts.dropLast().map { (.named(($0.count >= group.count && Array($0.suffix(group.count)) == group ? $0 : $0 + group).string), metric) }
                    + [(.named(Array(last[0..<(k + g)]).string), metric)]
            }
            k += 1
        }
        return nil
    }

    static let rateHeads = ["增速", "增幅", "降幅", "增长率"].map { Array($0.unicodeScalars) }

    /// Makes a metric whole: 排放 → 排放量; a bare head takes its noun from context; the share
    /// phrase of 占 is added ("占全国比重").
    static func complete(_ metric: Scalars, frame: Frame, previous: PreviousFigure?, previousClause: Range<Int>?,
                                 sentence: Range<Int>, in text: Scalars) -> Scalars {
        var m = metric
        if m.count == 1 { m = [] }
        // "排放浓度：颗粒物8.2mg/m³": a substance under a form's label is measured as the label says.
        if Lexicon.shared.substances.contains(m), let label = formLabel(in: text, sentence) { m += label }
        // An activity stated as a verb measures its amount: 排放 → 排放量, 发电 → 发电量.
        if m.count >= 2, Lexicon.shared.activityVerbs.match(in: m, endingAt: m.count) != nil { m.append("量") }
        // "占全市电力总装机的比重提高到38.4%": the share of the metric before.
        if m.first == "占", let previous {
            m = wholeOfShare(Array(previous.metric.unicodeScalars)) + m.filter { $0 != "的" }
        }
        if MetricPhrase.isBareHead(m) {
            if let previous, rateHeads.contains(m) {
                m = Array(previous.metric.unicodeScalars) + m
            } else if let previous, let noun = MetricPhrase.noun(of: Array(previous.metric.unicodeScalars)) {
                // "固体废物产生量约1250万吨，综合利用率85.3%" → 固体废物综合利用率.
                m = noun + m
            } else if let previousClause, let noun = MetricPhrase.contextNoun(from: text, previousClause.dropLast()) {
                m = noun + m
            }
        }
        if !m.isEmpty, !frame.suffix.isEmpty { m += frame.suffix }  // `+=` copies a shared array even to add nothing
        return m
    }

    /// What a share is a share of, from the metric before it: its growth rate is not
    /// ("工业用电量增幅下降15.3%，占全社会用电量的比重为73.5%" → 工业用电量占…), nor is the number
    /// of things counted ("断面323个占93.6%" → 断面占比).
    static func wholeOfShare(_ metric: Scalars) -> Scalars {
        if let rate = rateHeads.first(where: { metric.count > $0.count + 1 && Array(metric.suffix($0.count)) == $0 }) {
            return Array(metric.dropLast(rate.count))
        }
        if metric.last == "数", metric.count > 2 { return Array(metric.dropLast()) }
        return metric
    }

    /// The label a sentence opens with in a disclosure form ("实际排放总量：…"): 2–8 Han
    /// characters before a colon, ending in a measure (浓度, 总量, 排放量…).
    static func formLabel(in text: Scalars, _ sentence: Range<Int>) -> Scalars? {
        var k = sentence.lowerBound
        while k < sentence.upperBound, k - sentence.lowerBound < 8, text[k].isHan { k += 1 }
        guard k - sentence.lowerBound >= 2, k < sentence.upperBound, text[k] == ":",
              Lexicon.shared.formLabelHeads.match(in: text, endingAt: k, lowerBound: sentence.lowerBound) != nil else { return nil }
        return Array(text[sentence.lowerBound..<k])
    }

    /// "本旬日产粗钢227.13万吨，……；生铁198.78万吨", "发电量增加2.1%，其中燃煤减少0.4%":
    /// a bare noun of one to three characters without a head, after a measure of the
    /// paragraph, is measured as that one: it takes the measure's head (粗钢产量 → 生铁产量;
    /// 发电量 → 燃煤发电量), or replaces the product after its 产 (日产粗钢 → 日产生铁).
    static func sibling(_ item: Scalars, of measure: Scalars?) -> Scalars? {
        guard (1...3).contains(item.count), let measure, measure != item, item.allSatisfy(\.isHan),
              MetricPhrase.needsHead(item), !Lexicon.shared.substances.contains(item),
              !Lexicon.shared.nounSuffixes.contains(item[item.count - 1]) else { return nil }  // 进口额 is whole
        if let noun = MetricPhrase.noun(of: measure) { return item + measure[noun.count...] }
        if Lexicon.shared.metricHeads.match(in: measure, endingAt: measure.count) != nil { return item + measure }
        if let k = measure.lastIndex(of: "产"), (1...3).contains(measure.count - k - 1) { return Array(measure[...k]) + item }
        return nil
    }

    /// A province by its name or short name (广东 → 广东省), or a place's name (某某市), standing
    /// for the whole metric phrase: the place it names.
    static func placeMember(_ item: Scalars) -> String? {
        if let province = Lexicon.shared.province(at: 0, in: item),
           item.count == province.short.count || item.string == province.full { return province.full }
        return DocumentPlace.isPlaceName(item) && !Lexicon.shared.wholeAreas.contains(item) ? item.string : nil
    }

    // MARK: Components of a per-capita figure

    /// "城镇居民人均可支配收入52633元。其中工资性收入30974元；经营净收入5209元": the components
    /// listed under 其中 are per capita of the same population. A component takes the parent's
    /// scope (城镇居民人均) when it shares the parent's head (收入), follows a 其中 after it, and
    /// names no population of its own; anything else ends the list.
    mutating func perCapitaComponent(_ metric: Scalars, at position: Int) -> Scalars {
        let w = Lexicon.shared
        if let marker = metric.indices.first(where: { w.perCapitaMarkers.match(in: metric, at: $0) != nil }) {
            // A per-capita figure of its own: the parent of what may follow.
            let scope = Array(metric[..<(marker + 2)])
            perCapitaParent = metric.count - scope.count >= 4
                ? PerCapitaParent(scope: scope, head: Array(metric.suffix(2)), position: position) : nil
            return metric
        }
        guard let parent = perCapitaParent else { return metric }
        guard position - parent.position <= Self.componentReach, metric.count >= 3, metric.count <= 10,
              Array(metric.suffix(2)) == parent.head,
              parent.openerSeen || text.firstIndex(of: w.componentsOpener, from: parent.position, upTo: position) != nil else {
            perCapitaParent = nil
            return metric
        }
        return parent.scope + metric
    }

    /// How far after its parent a component may stand (four components with a level and a
    /// change each).
    static let componentReach = 400
}

/// A per-capita figure: its scope up to and including 人均 and its head (the last two scalars).
struct PerCapitaParent {
    let scope: Scalars
    let head: Scalars
    var position: Int
    /// Whether 其中 stands between it and the start of the text being read: set when it was
    /// found in an earlier chunk of the file (its position is then negative).
    var openerSeen = false
}

