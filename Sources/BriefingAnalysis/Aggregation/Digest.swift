import Foundation

/// Where a figure was stated: one of possibly several places (headline and body).
public struct SourceRef: Hashable, Sendable, Comparable {
    public let file: String
    public let line: Int
    public let quote: String
    /// For PDF input: the 1-based page (sources are then cited by page, not line).
    public let page: Int?

    public init(file: String, line: Int, quote: String, page: Int? = nil) {
        self.file = file; self.line = line; self.quote = quote; self.page = page
    }

    public static func < (a: SourceRef, b: SourceRef) -> Bool {
        (a.file, a.page ?? 0, a.line, a.quote) < (b.file, b.page ?? 0, b.line, b.quote)
    }

    /// "file:line", or "file p.N" for PDF input, with the file's last path component.
    public var label: String {
        let name = (file as NSString).lastPathComponent
        return page.map { "\(name) p.\($0)" } ?? "\(name):\(line)"
    }
}

extension Array where Element == SourceRef {
    /// The lines of each file (by file name), files in first-seen order, each line once in the
    /// order it was first seen: the one grouping behind every "file 第…行" source note.
    /// For PDF input the numbers are pages (see `pagesByFile`); lines otherwise.
    public var linesByFile: [(file: String, lines: [Int])] {
        var groups: [(file: String, lines: [Int])] = []
        var index: [String: Int] = [:]
        var seen = Set<FilePlace>()
        for s in self {
            let name = (s.file as NSString).lastPathComponent
            let place = s.page ?? s.line
            if let i = index[name] {
                if seen.insert(FilePlace(group: i, place: place)).inserted { groups[i].lines.append(place) }
            } else {
                index[name] = groups.count
                seen.insert(FilePlace(group: groups.count, place: place))
                groups.append((name, [place]))
            }
        }
        return groups
    }

    /// The names of the files whose sources are cited by page (PDF input).
    public var pagedFiles: Set<String> {
        Set(filter { $0.page != nil }.map { ($0.file as NSString).lastPathComponent })
    }
}

/// A place (line or page) in the `group`-th file of `linesByFile`.
private struct FilePlace: Hashable { let group: Int; let place: Int }

/// A figure with every place it was stated, and whether the tool computed it.
public struct AggregatedFigure: Hashable, Sendable {
    public var figure: Figure
    public var sources: [SourceRef]
    /// Computed from other figures (a previous year's level from a level and its change),
    /// never stated in the text; `sources` are the figures it was computed from.
    public var derived: Bool
    /// The subject as the briefing names it. With several inputs, a subject that only means
    /// something within its file (全市, a sector, none) carries the file's name
    /// ("全市·bulletin_2023"), so two cities' figures are not read as one.
    public var who: String?
    /// With several reports: the report's entity this figure is about when its subject does
    /// not name it (no subject: 成都市 in 成都's bulletin); nil otherwise.
    public var entity: String?

    public init(figure: Figure, sources: [SourceRef], derived: Bool = false) {
        self.figure = figure; self.sources = sources; self.derived = derived; self.who = figure.subject
    }

    /// "a.txt:12, a.txt:40".
    public var sourceLabel: String { sources.map(\.label).joined(separator: ", ") }
}

/// Figures about the same thing (metric, subject, year, kind, basis, period) that disagree.
public struct Conflict: Hashable, Sendable {
    public let subject: String?
    public let metric: String
    public let year: Int?
    public let figures: [AggregatedFigure]
}

/// A metric's values over two or more years, in the base unit (万吨 folded into 吨).
public struct Trend: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        public let year: Int
        /// In `baseUnit`.
        public let value: Decimal
        /// As written ("52万吨").
        public let label: String
        public let derived: Bool
        public let sources: [SourceRef]
    }

    public let subject: String?
    public let metric: String
    public let baseUnit: String
    public let points: [Point]
    /// The subject as the briefing names it (see `AggregatedFigure.who`).
    public var who: String?
}

/// The briefing as pure data: figures merged, grouped, ranked; conflicts, trends and derived
/// numbers worked out. Everything the report shows comes from here.
public struct Digest: Sendable {
    public let sources: [String]
    /// Every figure once, in source order.
    public let figures: [AggregatedFigure]
    public let conflicts: [Conflict]
    /// (Replaced by the series when several reports are read.)
    public var trends: [Trend]
    public let derived: [AggregatedFigure]
    /// With two or more reports: the reports in the order of their periods, the series they
    /// form, the arithmetic checks and, per subject, the latest report against the one before.
    /// Empty with one report (its briefing is unchanged).
    public var reports: [Report] = []
    public var series: [Series] = []
    public var checks: [ArithmeticCheck] = []
    public var sinceLastReport: [SinceLastReport] = []

    /// The metric spellings the series joined under another name (`MetricSynonyms`), each
    /// with the reports that wrote it so.
    public var synonymJoins: [(metric: String, spelling: String, files: [String])] {
        var joins: [(metric: String, spelling: String, files: [String])] = []
        for s in series {
            for p in s.points where p.figure.figure.metric != s.metric {
                let file = p.figure.figure.file
                if let i = joins.firstIndex(where: { $0.metric == s.metric && $0.spelling == p.figure.figure.metric }) {
                    if !joins[i].files.contains(file) { joins[i].files.append(file) }
                } else {
                    joins.append((s.metric, p.figure.figure.metric, [file]))
                }
            }
        }
        return joins
    }

    /// Changes that improved, largest first (percentages before absolute amounts).
    public var improvements: [AggregatedFigure] { order.improvements.map { figures[$0] } }
    /// Every change that worsened, largest first.
    public var worsenings: [AggregatedFigure] { order.worsenings.map { figures[$0] } }
    /// Changes whose polarity is unknown.
    public var neutralChanges: [AggregatedFigure] { order.neutral.map { figures[$0] } }
    public var changes: [AggregatedFigure] { order.changes.map { figures[$0] } }
    public var levels: [AggregatedFigure] { order.levels.map { figures[$0] } }
    public var targets: [AggregatedFigure] { order.targets.map { figures[$0] } }

    /// How many figures each list above holds, without making the list.
    public struct Counts: Sendable {
        public let changes, improvements, worsenings, neutralChanges, levels, targets: Int
    }
    public var counts: Counts {
        Counts(changes: order.changes.count, improvements: order.improvements.count, worsenings: order.worsenings.count,
               neutralChanges: order.neutral.count, levels: order.levels.count, targets: order.targets.count)
    }
    /// The categories that have figures, in the taxonomy's order.
    public var categories: [Figure.Category] { order.categories }

    /// Positions in `figures`, worked out once (a briefing asks for the rankings many times,
    /// and a job may hold 100,000 figures; positions, not copies, keep memory small).
    private struct Order: Sendable {
        var improvements: [Int] = [], worsenings: [Int] = [], neutral: [Int] = []
        var changes: [Int] = [], levels: [Int] = [], targets: [Int] = []
        var categories: [Figure.Category] = []
        var byCategory: [Figure.Category: [Int]] = [:]
    }
    private let order: Order

    public init(sources: [String], figures: [AggregatedFigure], conflicts: [Conflict], trends: [Trend],
                derived: [AggregatedFigure]) {
        self.sources = sources; self.figures = figures; self.conflicts = conflicts
        self.trends = trends; self.derived = derived
        var order = Order()
        let changes = figures.indices.filter { figures[$0].figure.kind == .change }
        order.changes = changes
        order.levels = figures.indices.filter { figures[$0].figure.kind == .level }
        order.targets = figures.indices.filter { figures[$0].figure.kind == .target }
        order.neutral = changes.filter { figures[$0].figure.improved == nil }
        order.improvements = Self.ranked(changes.filter { figures[$0].figure.improved == true }, of: figures)
        order.worsenings = Self.ranked(changes.filter { figures[$0].figure.improved == false }, of: figures)
        order.byCategory = Dictionary(grouping: figures.indices, by: { figures[$0].figure.category })
        order.categories = Figure.Category.allCases.filter { order.byCategory[$0] != nil }
        self.order = order
    }

    /// Figures of `category`, in source order.
    public func figures(in category: Figure.Category) -> [AggregatedFigure] {
        (order.byCategory[category] ?? []).map { figures[$0] }
    }

    /// The figures at `positions` in `figures`, ranked: percent changes first, by size; then the
    /// rest by size within their unit; ties keep their order. Positions in, positions out.
    static func ranked(_ positions: [Int], of figures: [AggregatedFigure]) -> [Int] {
        // Sorting positions over small keys, not the figures themselves (no copies while sorting).
        let keys = positions.map { i in
            let f = figures[i].figure
            return (rate: f.unit == "%" || f.unit == "百分点", value: f.baseValue, unit: f.baseUnit)
        }
        return positions.indices.sorted { a, b in
            let ka = keys[a], kb = keys[b]
            if ka.rate != kb.rate { return ka.rate }
            if ka.value != kb.value, ka.unit == kb.unit { return ka.value > kb.value }
            return a < b
        }.map { positions[$0] }
    }
}
