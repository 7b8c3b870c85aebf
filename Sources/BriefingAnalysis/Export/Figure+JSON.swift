import Foundation

extension Figure {
    /// The figure record of DESIGN.md, keys in schema order.
    public var json: JSONValue {
        .object([
            ("kind", .string(kind.rawValue)),
            ("subject", subject.map(JSONValue.string) ?? .null),
            ("metric", .string(metric)),
            ("direction", direction.map { .string($0.rawValue) } ?? .null),
            ("value", .number(value)),
            ("unit", .string(unit)),
            ("base_value", .number(baseValue)),
            ("base_unit", .string(baseUnit)),
            ("qualifier", qualifier.map { .string($0.rawValue) } ?? .null),
            ("basis", basis.map { .string($0.rawValue) } ?? .null),
            ("year", year.map(JSONValue.integer) ?? .null),
            ("period", period.map(JSONValue.string) ?? .null),
            ("category", .string(category.rawValue)),
            ("improved", improved.map(JSONValue.bool) ?? .null),
            ("quote", .string(quote)),
            ("file", .string(file)),
            ("line", .integer(line)),
            ("page", page.map(JSONValue.integer) ?? .null),
            ("box", boxDecimals.map { .array($0.map(JSONValue.number)) } ?? .null),
        ])
    }

    /// `box` as exact decimals with one place (72.25 → 72.3), as both exports print it.
    var boxDecimals: [Decimal]? {
        box.map { $0.map { Decimal(string: String(format: "%.1f", $0)) ?? 0 } }
    }

    /// A JSON array of figure records, one object per line.
    public static func jsonText(_ figures: [Figure]) -> String {
        JSONValue.prettyArrayText(figures, \.json) + "\n"
    }
}

extension Quantity {
    /// The token record of `briefing quantities`.
    public var json: JSONValue {
        .object([
            ("text", .string(text)),
            ("start", .integer(start)),
            ("end", .integer(end)),
            ("value", .number(value)),
            ("unit", .string(unit)),
            ("kind", .string(kind.rawValue)),
            ("qualifier", qualifier.map { .string($0.rawValue) } ?? .null),
        ])
    }

    public static func jsonText(_ quantities: [Quantity]) -> String {
        JSONValue.prettyArrayText(quantities, \.json) + "\n"
    }
}
