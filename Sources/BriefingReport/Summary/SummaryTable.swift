import BriefingAnalysis

/// Column layout of the text summary's tables: one set of widths for every category, so all
/// tables line up, fitted into the terminal width by cutting the subject, metric and source
/// columns (widest first) with "…". Widths are display columns (East Asian wide = 2).
struct SummaryTable {
    enum Column: Int, CaseIterable {
        case arrow, status, subject, metric, value, basis, year, source

        var header: String {
            switch self {
            case .arrow: ""
            case .status: "判断"
            case .subject: "主体"
            case .metric: "指标"
            case .value: "数值"
            case .basis: "基准"
            case .year: "年份"
            case .source: "来源"
            }
        }

        var rightAligned: Bool { self == .value }

        /// How narrow a column may be cut; nil for columns never cut.
        var minimum: Int? {
            switch self {
            case .subject: 8
            case .metric: 10
            case .source: 12
            default: nil
            }
        }
    }

    static let separator = "  "
    /// Tables sit under their category heading, indented.
    static let indent = "  "

    /// Wide enough for "…bdeef.txt:571": the file still recognisable, the line whole.
    static let sourceComfort = 16

    let widths: [Int]

    /// "…1d0bdeef.txt:571": cut at the start, so a source keeps its line number.
    static func truncateKeepingEnd(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept: [Unicode.Scalar] = []
        var used = 0
        for s in text.unicodeScalars.reversed() {
            let w = DisplayWidth.width(of: s)
            if used + w > width - 1 { break }
            kept.append(s); used += w
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: kept.reversed())
        return "…" + String(out)
    }

    /// The plain texts of an entry's cells, before cutting.
    static func cells(_ entry: SummaryModel.Entry) -> [String] {
        let f = entry.figure
        return [
            f.arrow,
            entry.status.label,
            SummaryModel.subjectText(f),
            f.metric + (entry.item.derived ? SummaryModel.derivedMark : ""),
            SummaryModel.valueText(f),
            f.basisText ?? "",
            SummaryModel.yearText(f),
            SummaryModel.sourceText(entry.item.sources),
        ]
    }

    /// Widths for `entries` that fit `width` columns including the indent, when the cuttable
    /// columns allow it.
    init(entries: [SummaryModel.Entry], width: Int) {
        var widths = Column.allCases.map { DisplayWidth.of($0.header) }
        for entry in entries {
            for (c, text) in Self.cells(entry).enumerated() { widths[c] = max(widths[c], DisplayWidth.of(text)) }
        }
        func total() -> Int {
            DisplayWidth.of(Self.indent) + widths.reduce(0, +) + DisplayWidth.of(Self.separator) * (widths.count - 1)
        }
        // The source's file name gives way first (its line number stays, see `fitted`), down to
        // `sourceComfort`; then subject and metric (the metric keeping about twice the subject's width); then the
        // source down to its minimum. Below that the table is wider than `width`.
        let source = Column.source.rawValue
        func shrinkSource(to floor: Int) -> Bool {
            guard widths[source] > floor else { return false }
            widths[source] -= 1
            return true
        }
        while total() > width {
            if shrinkSource(to: Self.sourceComfort) { continue }
            // The metric says what the number is: it keeps about twice the subject's width.
            let subject = Column.subject.rawValue, metric = Column.metric.rawValue
            let canCutSubject = widths[subject] > Column.subject.minimum!
            let canCutMetric = widths[metric] > Column.metric.minimum!
            if canCutSubject && (widths[subject] * 2 > widths[metric] || !canCutMetric) {
                widths[subject] -= 1
            } else if canCutMetric {
                widths[metric] -= 1
            } else if !shrinkSource(to: Column.source.minimum!) {
                break
            }
        }
        self.widths = widths
    }

    /// The cells cut and padded to the widths; the derived mark survives a cut metric.
    func fitted(_ cells: [String], derived: Bool = false) -> [String] {
        cells.enumerated().map { c, text in
            let column = Column(rawValue: c)!
            var cut = text
            if DisplayWidth.of(text) > widths[c] {
                if column == .metric, derived, text.hasSuffix(SummaryModel.derivedMark) {
                    let mark = SummaryModel.derivedMark
                    let body = String(text.dropLast(mark.count))
                    cut = DisplayWidth.truncate(body, to: max(1, widths[c] - DisplayWidth.of(mark))) + mark
                } else if column == .source {
                    cut = Self.truncateKeepingEnd(text, to: widths[c])
                } else {
                    cut = DisplayWidth.truncate(text, to: widths[c])
                }
            }
            return DisplayWidth.pad(cut, to: widths[c], right: column.rightAligned)
        }
    }

    /// Joins already padded (and maybe painted) cells; trailing spaces of the last column dropped.
    func line(_ cells: [String]) -> String {
        var text = Self.indent + cells.joined(separator: Self.separator)
        while text.last == " " { text.removeLast() }
        return text
    }

    var rule: String {
        Self.indent + widths.map { String(repeating: "─", count: max(1, $0)) }.joined(separator: Self.separator)
    }
}
