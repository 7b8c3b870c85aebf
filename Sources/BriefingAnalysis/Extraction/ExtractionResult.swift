/// What the extractor found in one document: the figures, and warnings for what it saw but
/// could not read with confidence (a list whose metrics and values do not pair up).
public struct ExtractionResult: Sendable {
    public var figures: [Figure]
    public var warnings: [ExtractionWarning]
    /// What the report's title says about the report itself (who, when).
    public var heading = ReportHeading()

    public init(figures: [Figure] = [], warnings: [ExtractionWarning] = []) {
        self.figures = figures
        self.warnings = warnings
    }
}

/// The report's own title, as the extractor read it among the first paragraphs: whom the
/// report is about and its year ("2021年成都市国民经济和社会发展统计公报" → 成都市, 2021;
/// "2024年3月华岳钢铁集团生产经营快报" → 华岳钢铁集团, 2024). Aggregation orders reports and
/// joins them into series by it.
public struct ReportHeading: Hashable, Sendable {
    /// The first heading's text, as normalized.
    public var title: String?
    /// The year the title names (the report's year).
    public var year: Int?
    /// The place the title names (成都市), else the organisation it names.
    public var entity: String?

    public init(title: String? = nil, year: Int? = nil, entity: String? = nil) {
        self.title = title; self.year = year; self.entity = entity
    }
}

/// Something the extractor skipped on purpose, with where it stands.
public struct ExtractionWarning: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public var description: String { "warning: \(file):\(line): \(message)" }
}
