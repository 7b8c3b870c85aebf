import Foundation

/// How a figure's value reads in Chinese: "−4.76%", "+2.69个百分点", "−19%以上", "约10.52亿千瓦时",
/// "超1700次". Changes carry a sign (U+2212 for minus), levels and targets do not.
extension Figure {
    public var valueText: String { Self.formatValue(value: value, unit: unit, qualifier: qualifier, sign: kind == .change || direction != nil ? direction : nil) }

    /// ▲ for up, ▼ for down, empty otherwise.
    public var arrow: String {
        switch direction {
        case .up?: "▲"
        case .down?: "▼"
        case nil: ""
        }
    }

    public static func formatValue(value: Decimal, unit: String, qualifier: Qualifier?, sign: Direction?) -> String {
        let number = fractionText(value) ?? DecimalText.plain(value)
        let shownUnit = unit == "百分点" ? "个百分点" : unit
        let signText: String = switch sign {
        case .up?: "+"
        case .down?: "\u{2212}"
        case nil: ""
        }
        // 600余万元 reads better than 超600万元 where a unit follows.
        if qualifier == .moreThan, !shownUnit.isEmpty, shownUnit != "%", shownUnit != "个百分点" {
            return signText + number + "余" + shownUnit
        }
        let core = signText + number + shownUnit
        switch qualifier {
        case .approx?: return "约" + core
        case .atLeast?: return core + "以上"
        case .moreThan?: return "超" + core
        case .atMost?: return core + "以内"
        case .lessThan?: return "不到" + core
        case nil: return core
        }
    }

    /// "1/3" for a value that is a simple fraction with a small denominator (三分之一).
    static func fractionText(_ value: Decimal) -> String? {
        let text = DecimalText.plain(value)
        guard let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 6 else { return nil }
        for denominator in 2...12 {
            var product = value * Decimal(denominator)
            var rounded = Decimal()
            NSDecimalRound(&rounded, &product, 0, .plain)
            var diff = product - rounded
            if diff < 0 { diff = -diff }
            if diff < Decimal(string: "0.000001")!, rounded != 0 { return "\(DecimalText.plain(rounded))/\(denominator)" }
        }
        return nil
    }

    /// "yoy" → "同比", for readers.
    public var basisText: String? {
        switch basis {
        case .yoy?: "同比"
        case .priorPeriod?: "环比"
        case .basePeriod?: "较基期"
        case nil: nil
        }
    }
}

extension Figure.Category {
    /// The category's Chinese name.
    public var title: String {
        switch self {
        case .emissions: "污染物排放"
        case .energy: "能源"
        case .resources: "资源利用"
        case .production: "生产经营"
        case .compliance: "环境合规"
        case .other: "其他"
        }
    }
}
