/// What the extractor found in one document: the figures, and warnings for what it saw but
/// could not read with confidence (a list whose metrics and values do not pair up).
public struct ExtractionResult: Sendable {
    public var figures: [Figure]
    public var warnings: [ExtractionWarning]

    public init(figures: [Figure] = [], warnings: [ExtractionWarning] = []) {
        self.figures = figures
        self.warnings = warnings
    }
}

/// Something the extractor skipped on purpose, with where it stands.
public struct ExtractionWarning: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public var description: String { "warning: \(file):\(line): \(message)" }
}
