/// How a figure's value reads in Chinese: "−4.76%", "+2.69个百分点", "−19%以上", "约10.52亿千瓦时",
/// "超1700次". Changes carry a sign (U+2212 for minus), levels and targets do not.
extension Figure {
    public var valueText: String { Self.valueText(value: value, unit: unit, qualifier: qualifier, sign: kind == .change || direction != nil ? direction : nil) }

    /// ▲ for up, ▼ for down, empty otherwise.
    public var arrow: String {
        switch direction {
        case .up?: "▲"
        case .down?: "▼"
        case nil: ""
        }
    }

    public static func valueText(value: Decimal, unit: String, qualifier: Qualifier?, sign: Direction?) -> String {
        let number = DecimalText.plain(value)
        let shownUnit = unit == "百分点" ? "个百分点" : unit
        let signed: String = switch sign {
        case .up?: "+" + number
        case .down?: "\u{2212}" + number
        case nil: number
        }
        let core = signed + shownUnit
        switch qualifier {
        case .approx?: return "约" + core
        case .atLeast?: return core + "以上"
        case .moreThan?: return "超" + core
        case .atMost?: return core + "以内"
        case .lessThan?: return "不到" + core
        case nil: return core
        }
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
