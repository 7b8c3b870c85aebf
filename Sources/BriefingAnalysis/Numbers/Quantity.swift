import Foundation

/// One number token found by the number layer (`briefing quantities`), with its unit and qualifier.
///
/// Offsets are Unicode scalar offsets into the scanned text, `end` exclusive.
public struct Quantity: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case number, percent
        case percentagePoint = "percentage_point"
        case fraction, quantity, money
    }

    /// The token as it stands in the scanned text, qualifier words included.
    public var text: String
    public var start: Int
    public var end: Int
    /// The number as written, scale words inside the unit not folded in (8.2 for 8.2万吨;
    /// 30 for 三成, 33.33… for 三分之一 is a fraction: value 1/3).
    public var value: Decimal
    /// The unit as written: `%`, `百分点`, `万吨`, `吨标煤/吨铝`; empty for a bare number.
    public var unit: String
    public var kind: Kind
    public var qualifier: Qualifier?
    /// Scale folded in: 82000 for 8.2万吨.
    public var baseValue: Decimal
    /// The unit without its scale word: `吨` for `万吨`, `千瓦时` for `亿千瓦时`, `%` stays `%`.
    public var baseUnit: String

    public init(text: String, start: Int, end: Int, value: Decimal, unit: String, kind: Kind,
                qualifier: Qualifier?, baseValue: Decimal, baseUnit: String) {
        self.text = text; self.start = start; self.end = end; self.value = value; self.unit = unit
        self.kind = kind; self.qualifier = qualifier; self.baseValue = baseValue; self.baseUnit = baseUnit
    }
}
