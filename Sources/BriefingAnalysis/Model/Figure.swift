import Foundation

/// One figure found in a text: a stated change, level or target, with where it came from.
///
/// This is the export schema of DESIGN.md ("the figure record"); field names in JSON and CSV
/// are the snake_case names given in `Figure.CodingKeys`. Other tools consume it: keep them.
public struct Figure: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable { case change, level, target }
    public enum Direction: String, Hashable, Sendable, Codable { case up, down }
    public enum Basis: String, Hashable, Sendable, Codable {
        case yoy, priorPeriod = "prior_period", basePeriod = "base_period"
    }
    public enum Category: String, Hashable, Sendable, Codable, CaseIterable {
        case emissions, energy, resources, production, compliance, other
    }

    public var kind: Kind
    public var subject: String?
    public var metric: String
    public var direction: Direction?
    /// The number as written, without scale words folded in (8.2 for 8.2万吨).
    public var value: Decimal
    /// The unit as written (`%`, `百分点`, `万吨`, `吨标煤/吨铝`).
    public var unit: String
    /// The value with scale words folded in (82000 for 8.2万吨); percentages stay as they are.
    public var baseValue: Decimal
    public var baseUnit: String
    public var qualifier: Qualifier?
    public var basis: Basis?
    public var year: Int?
    public var period: String?
    public var category: Category
    /// Polarity applied: emissions down → true, utilisation up → true; nil when unknown.
    public var improved: Bool?
    /// The clause the figure came from, as in the original with line breaks removed.
    public var quote: String
    public var file: String
    /// 1-based line of the original where the number stands (for PDF input: of the text
    /// rebuilt from its pages).
    public var line: Int
    /// For PDF input: the 1-based page where the number stands (nil for text input).
    public var page: Int?
    /// For PDF input: the number's box on its page, [x, y, width, height] in points from the
    /// page's top left, y down (nil for text input).
    public var box: [Double]?

    public init(kind: Kind, subject: String?, metric: String, direction: Direction?, value: Decimal,
                unit: String, baseValue: Decimal, baseUnit: String, qualifier: Qualifier?,
                basis: Basis?, year: Int?, period: String?, category: Category, improved: Bool?,
                quote: String, file: String, line: Int, page: Int? = nil, box: [Double]? = nil) {
        self.kind = kind; self.subject = subject; self.metric = metric; self.direction = direction
        self.value = value; self.unit = unit; self.baseValue = baseValue; self.baseUnit = baseUnit
        self.qualifier = qualifier; self.basis = basis; self.year = year; self.period = period
        self.category = category; self.improved = improved; self.quote = quote
        self.file = file; self.line = line; self.page = page; self.box = box
    }

    enum CodingKeys: String, CodingKey {
        case kind, subject, metric, direction, value, unit
        case baseValue = "base_value", baseUnit = "base_unit"
        case qualifier, basis, year, period, category, improved, quote, file, line, page, box
    }
}
