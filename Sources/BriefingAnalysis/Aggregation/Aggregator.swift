import Foundation

/// Figures ─► Digest: merge repeats, flag conflicts, find trends, derive previous levels.
///
/// - The same figure stated twice (same kind, subject, metric, direction, value, unit,
///   qualifier, basis, year and period) becomes one with both sources.
/// - Figures about the same metric, subject, year, kind, basis and period with different
///   values are a conflict: both are kept and flagged, neither is hidden.
/// - A level stated for two or more years is a trend (derived years fill in, marked).
/// - A level and its year-on-year change in the same year give the previous year's level,
///   marked as derived: L / (1 ± p%) for a percentage, L ∓ Δ for an amount in the same unit.
///
/// Conflicts, trends and derivations only join figures about the same subject (`Scope`).
///
/// With two or more reports (`reports`), a figure without a subject is about its report's
/// entity (the title's city or company, `Report.entity`), so one city's figures meet across
/// its bulletins; then the figures form `Series` over the reports' periods (which replace the
/// trends), the reports' arithmetic is checked (`ArithmeticCheck`) and the latest report of
/// each subject is compared with the one before (`SinceLastReport`). With one report, or
/// without reports, the digest is what it always was.
public enum Aggregator {
    /// The digest of a corpus: its figures, sources and reports.
    public static func digest(_ analysis: CorpusAnalysis) -> Digest {
        digest(analysis.figures, sources: analysis.sources, reports: analysis.reports)
    }

    public static func digest(_ figures: [Figure], sources: [String], reports: [Report] = []) -> Digest {
        let byFile = Dictionary(reports.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let isSeries = Set(reports.map(\.file)).count > 1
        // Monthly reports: "环比增长2%" of March and of April are two figures, not one stated twice.
        var merged = merge(figures, month: isSeries ? { byFile[$0.file]?.period?.month } : { _ in nil })
        if isSeries {
            for i in merged.indices { merged[i].entity = entity(of: merged[i].figure, report: byFile[merged[i].figure.file]) }
        }
        var derived = derivePreviousLevels(merged)
        var trends = trends(merged + derived)
        if Set(figures.map(\.file)).count > 1 {
            for i in merged.indices { merged[i].who = merged[i].entity ?? who(subject: merged[i].figure.subject, file: merged[i].figure.file) }
            for i in derived.indices { derived[i].who = derived[i].entity ?? who(subject: derived[i].figure.subject, file: derived[i].figure.file) }
            for i in trends.indices {
                if let first = trends[i].points.first?.sources.first { trends[i].who = who(subject: trends[i].subject, file: first.file) }
            }
        }
        var digest = Digest(sources: sources, figures: merged, conflicts: conflicts(merged), trends: trends, derived: derived)
        if isSeries {
            let placed = place(merged, reports: reports)
            digest.reports = reports
            digest.series = series(placed)
            digest.checks = checks(placed, reports: reports)
            digest.sinceLastReport = sinceLastReport(placed, series: digest.series, reports: reports)
            digest.trends = []  // the series show them, joined across reports
        }
        return digest
    }

    /// Whom a figure is about when several reports are read: its report's entity for a figure
    /// that names nobody (成都市 for a figure of 成都's bulletin without a subject) or only
    /// the company itself (全公司), a sector within it ("成都市·光伏"); nil when the subject is
    /// a name already (or nothing resolves it).
    static func entity(of f: Figure, report: Report?) -> String? {
        guard let e = report?.entity else { return nil }
        guard let s = f.subject else { return e }
        if selfWords.contains(s) { return e }
        if Lexicon.shared.sectors.contains(s) { return "\(e)·\(s)" }
        return nil
    }

    /// How a company's report names the company itself (全公司吨钢综合能耗): its entity.
    static let selfWords: Set<String> = ["公司", "全公司", "本公司", "我公司", "集团", "全集团", "本集团", "集团公司"]

    /// `AggregatedFigure.who` and `Trend.who` for a briefing of several inputs.
    static func who(subject: String?, file: String) -> String? {
        guard let scoped = Scope(subject: subject, file: file).file else { return subject }
        return [subject, stem(scoped)].compactMap { $0 }.joined(separator: "·")
    }

    /// "bulletin_2023" for "Tests/Fixtures/bulletin_2023.txt".
    public static func stem(_ file: String) -> String {
        ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    struct Identity: Hashable {
        let kind: Figure.Kind, subject: String?, metric: String, direction: Figure.Direction?
        let value: Decimal, unit: String, qualifier: Qualifier?, basis: Figure.Basis?, year: Int?, period: String?
        /// The month of the figure's report, for monthly reports read together.
        let reportMonth: Int?
        init(_ f: Figure, reportMonth: Int? = nil) {
            self.reportMonth = reportMonth
            kind = f.kind; subject = f.subject; metric = f.metric; direction = f.direction; value = f.value
            unit = f.unit; qualifier = f.qualifier; basis = f.basis; year = f.year; period = f.period
        }
    }

    /// Whom a figure is about. A named organisation or region, or the whole country, is the
    /// same in every input; 全市, 全省, a sector (光伏) or no subject at all only within its own
    /// file: two city bulletins' 全市 are two cities, and so are two titled 某市 (a place left unnamed).
    struct Scope: Hashable {
        let subject: String?, file: String?
        init(_ a: AggregatedFigure) {
            self.init(subject: a.entity ?? a.figure.subject, file: a.entity == nil ? a.figure.file : nil)
        }

        /// `file` nil: a subject resolved to a report's entity, the same in every input.
        init(subject: String?, file: String?) {
            self.subject = subject
            guard let file else { self.file = nil; return }
            let relative = subject.map { s in
                (Lexicon.shared.regionWords.contains(s) && s != "全国" && s != "我国") || Lexicon.shared.sectors.contains(s)
                    || Aggregator.isUnnamedPlace(s)
            } ?? true
            self.file = relative ? file : nil
        }
    }

    /// 某市, 某省, 某某县: a place left unnamed (by a publisher or a test) is no name to join on.
    static func isUnnamedPlace(_ s: String) -> Bool {
        let u = Array(s.unicodeScalars)
        return u.count <= 3 && u.first == "某" && ["省", "市", "县", "区", "州"].contains(u.last!) && u.dropLast().allSatisfy { $0 == "某" }
    }

    struct Topic: Hashable {
        let kind: Figure.Kind, scope: Scope, metric: String, year: Int?, basis: Figure.Basis?, period: String?
        let isRate: Bool
        init(_ a: AggregatedFigure) {
            let f = a.figure
            kind = f.kind; scope = Scope(a); metric = f.metric; year = f.year; basis = f.basis; period = f.period
            isRate = f.unit == "%" || f.unit == "百分点"
        }
    }

    static func merge(_ figures: [Figure], month: (Figure) -> Int? = { _ in nil }) -> [AggregatedFigure] {
        var index: [Identity: Int] = [:]
        var result: [AggregatedFigure] = []
        // Each merged figure's sources, to test "already there" in constant time (a figure
        // repeated 10,000 times has 10,000 sources).
        struct Placed: Hashable { let figure: Int; let source: SourceRef }
        var placed = Set<Placed>()
        for f in figures {
            let source = SourceRef(file: f.file, line: f.line, quote: f.quote, page: f.page)
            let identity = Identity(f, reportMonth: f.period == nil ? month(f) : nil)
            if let i = index[identity] {
                if placed.insert(Placed(figure: i, source: source)).inserted { result[i].sources.append(source) }
            } else {
                placed.insert(Placed(figure: result.count, source: source))
                index[identity] = result.count
                result.append(AggregatedFigure(figure: f, sources: [source]))
            }
        }
        return result
    }

    static func conflicts(_ figures: [AggregatedFigure]) -> [Conflict] {
        var groups: [Topic: [AggregatedFigure]] = [:]
        var order: [Topic] = []
        for f in figures where f.figure.year != nil || f.figure.subject != nil {
            let topic = Topic(f)
            if groups[topic] == nil { order.append(topic) }
            groups[topic, default: []].append(f)
        }
        return order.compactMap { topic in
            let list = groups[topic]!
            let values = Set(list.map { "\($0.figure.direction?.rawValue ?? "")\($0.figure.baseValue)\($0.figure.baseUnit)" })
            guard list.count > 1, values.count > 1 else { return nil }
            return Conflict(subject: topic.scope.subject, metric: topic.metric, year: topic.year, figures: list)
        }
    }

    static func trends(_ figures: [AggregatedFigure]) -> [Trend] {
        struct Key: Hashable { let scope: Scope; let metric: String; let baseUnit: String }
        var series: [Key: [Int: AggregatedFigure]] = [:]
        var order: [Key] = []
        for f in figures where f.figure.kind == .level && f.figure.year != nil {
            let key = Key(scope: Scope(f), metric: f.figure.metric, baseUnit: f.figure.baseUnit)
            if series[key] == nil { order.append(key) }
            // A stated value wins over a derived one for the same year.
            if let existing = series[key]?[f.figure.year!], !existing.derived || f.derived { continue }
            series[key, default: [:]][f.figure.year!] = f
        }
        return order.compactMap { key in
            let byYear = series[key]!
            // Two or more stated years make a trend; a derived year may then fill in.
            guard byYear.values.filter({ !$0.derived }).count >= 2 else { return nil }
            let points = byYear.keys.sorted().map { year -> Trend.Point in
                let f = byYear[year]!
                return Trend.Point(year: year, value: f.figure.baseValue, label: f.figure.valueText, derived: f.derived, sources: f.sources)
            }
            return Trend(subject: key.scope.subject, metric: key.metric, baseUnit: key.baseUnit, points: points,
                         who: key.scope.subject)
        }
    }

    static func derivePreviousLevels(_ figures: [AggregatedFigure]) -> [AggregatedFigure] {
        var derived: [AggregatedFigure] = []
        // The first level of each metric, scope and year (looked up per change: no scan of all levels).
        struct Key: Hashable { let metric: String; let scope: Scope; let year: Int }
        var levels: [Key: AggregatedFigure] = [:]
        for f in figures where f.figure.kind == .level && f.figure.year != nil && f.figure.qualifier == nil {
            let key = Key(metric: f.figure.metric, scope: Scope(f), year: f.figure.year!)
            if levels[key] == nil { levels[key] = f }
        }
        for change in figures where change.figure.kind == .change && change.figure.basis == .yoy && change.figure.qualifier == nil {
            let c = change.figure
            guard let year = c.year, let direction = c.direction,
                  let level = levels[Key(metric: c.metric, scope: Scope(change), year: year)]
            else { continue }
            let l = level.figure
            let sign: Decimal = direction == .up ? 1 : -1
            var previous: Decimal
            if c.unit == "%" {
                let factor = 1 + sign * c.value / 100
                guard factor > 0 else { continue }
                previous = l.baseValue / factor
            } else if c.baseUnit == l.baseUnit, !c.baseUnit.isEmpty, c.unit != "百分点" || l.unit == "%" {
                previous = l.baseValue - sign * c.baseValue
            } else {
                continue
            }
            // Back to the level's own unit ("52万吨" → 48.5万吨), rounded as the level is written.
            let scale = l.value == 0 ? 1 : l.baseValue / l.value
            var inUnit = previous / scale
            var rounded = Decimal()
            NSDecimalRound(&rounded, &inUnit, max(2, decimals(of: l.value)), .plain)
            var base = rounded * scale
            var baseRounded = Decimal()
            NSDecimalRound(&baseRounded, &base, 6, .plain)
            var f = l
            f.year = year - 1
            f.value = rounded
            f.baseValue = baseRounded
            f.quote = "由 \(l.valueText)（\(year)年）与\(c.basisText ?? "")\(c.arrow)\(c.valueText) 推算"
            var made = AggregatedFigure(figure: f, sources: (level.sources + change.sources).sorted(), derived: true)
            made.entity = level.entity
            derived.append(made)
        }
        return derived
    }

    static func decimals(of value: Decimal) -> Int {
        let text = DecimalText.plain(value)
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }
}
