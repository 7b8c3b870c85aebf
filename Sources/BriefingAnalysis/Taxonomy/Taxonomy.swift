/// Category and polarity of a metric, read from one table a reader can audit and extend.
///
/// Chinese noun phrases are head-final, so a metric takes the entry whose keyword ends last in
/// it (the longer keyword wins a tie): 万元地区生产总值能耗 is energy (能耗), not production.
/// `upIsBetter` says which direction is an improvement: emissions and consumption fall for the
/// better, utilisation and output rise; `nil` leaves it unknown. When the head entry has no
/// polarity, an earlier keyword of the same category lends its own (新能源发电量 → 新能源).
public struct Taxonomy: Sendable {
    public struct Entry: Sendable, Hashable {
        public let keyword: String
        public let category: Figure.Category
        public let upIsBetter: Bool?
    }

    public let entries: [Entry]
    /// Keywords as scalars, bucketed by their last scalar's value & 1023, each bucket in table
    /// order: (keyword, entry index). No hashing per position of a metric.
    private let byLast: [[(word: Scalars, entry: Int)]]

    public init(entries: [Entry]) {
        self.entries = entries
        var buckets = [[(word: Scalars, entry: Int)]](repeating: [], count: 1024)
        for (i, e) in entries.enumerated() {
            let word = Array(e.keyword.unicodeScalars)
            if let last = word.last { buckets[Int(last.value & 1023)].append((word, i)) }
        }
        byLast = buckets
    }

    /// Entries found in `metric`, the head first: by where the keyword ends (last first), then
    /// by length, then by table order.
    private func matches(in metric: String) -> [Entry] {
        let scalars = Array(metric.unicodeScalars)
        var found: [(entry: Int, end: Int, length: Int)] = []
        var end = scalars.count
        while end > 0 {
            let last = scalars[end - 1]
            for (word, i) in byLast[Int(last.value & 1023)]
            where word.last == last && scalars.matches(word, endingAt: end) && !found.contains(where: { $0.entry == i }) {
                found.append((i, end, word.count))
            }
            end -= 1
        }
        return found.sorted { ($0.end, $0.length, -$0.entry) > ($1.end, $1.length, -$1.entry) }.map { entries[$0.entry] }
    }

    /// The head entry for `metric`, or nil when no keyword matches (category `other`).
    public func entry(for metric: String) -> Entry? { matches(in: metric).first }

    public func category(of metric: String) -> Figure.Category { entry(for: metric)?.category ?? .other }

    /// Whether a move in `direction` is an improvement for `metric`; nil when unknown.
    public func improved(metric: String, direction: Figure.Direction?) -> Bool? {
        guard let direction else { return nil }
        let found = matches(in: metric)
        guard let head = found.first else { return nil }
        let polarity = head.upIsBetter
            ?? found.first(where: { $0.category == head.category && $0.upIsBetter != nil })?.upIsBetter
        guard let up = polarity else { return nil }
        return (direction == .up) == up
    }

    /// `category(of:)` and `improved(metric:direction:)` for both directions, from one reading
    /// of the keywords in `metric` (each of those reads them again).
    func polarity(of metric: String) -> (category: Figure.Category, up: Bool?, down: Bool?) {
        let found = matches(in: metric)
        guard let head = found.first else { return (.other, nil, nil) }
        let up = head.upIsBetter
            ?? found.first(where: { $0.category == head.category && $0.upIsBetter != nil })?.upIsBetter
        return (head.category, up, up.map { !$0 })
    }
}

extension Taxonomy {
    /// The built-in table. Grouped by category; within a group, the more specific keyword first.
    public static let standard = Taxonomy(entries: rows.map { Entry(keyword: $0.0, category: $0.1, upIsBetter: $0.2) })

    private static let rows: [(String, Figure.Category, Bool?)] = [
        // Emissions: less is better.
        ("排放", .emissions, false), ("减排", .emissions, false), ("污染物", .emissions, false),
        ("氮氧化物", .emissions, false), ("二氧化硫", .emissions, false), ("化学需氧量", .emissions, false),
        ("氨氮", .emissions, false), ("颗粒物", .emissions, false), ("烟尘", .emissions, false),
        ("粉尘", .emissions, false), ("二氧化碳", .emissions, false), ("碳排放", .emissions, false),
        ("温室气体", .emissions, false), ("挥发性有机物", .emissions, false), ("VOCs", .emissions, false),
        ("总磷", .emissions, false), ("总氮", .emissions, false), ("氟化物", .emissions, false),
        ("PM2.5", .emissions, false), ("PM10", .emissions, false), ("废水", .emissions, false),
        ("废气", .emissions, false), ("浓度", .emissions, false), ("重污染天数", .emissions, false),
        ("空气质量优良", .emissions, true), ("优良天数", .emissions, true), ("污染天数", .emissions, false),
        ("水质", .emissions, true), ("劣Ⅴ类", .emissions, false), ("空气质量综合指数", .emissions, false),
        // Energy: consumption down is better; clean energy up is better.
        ("能耗", .energy, false), ("电耗", .energy, false), ("煤耗", .energy, false), ("标煤", .energy, false),
        ("标准煤", .energy, false), ("能源消费", .energy, false), ("用电量", .energy, nil), ("用电", .energy, nil),
        ("厂用电率", .energy, false), ("耗能", .energy, false), ("节能", .energy, true),
        ("清洁能源", .energy, true), ("新能源", .energy, true), ("可再生能源", .energy, true),
        ("非化石能源", .energy, true), ("清洁能源消费", .energy, true), ("非化石能源消费", .energy, true), ("光伏", .energy, true), ("风电", .energy, true), ("水电", .energy, nil),
        ("火电", .energy, nil), ("发电量", .energy, nil), ("装机", .energy, true), ("绿电", .energy, true), ("绿色电力", .energy, true),
        ("余热", .energy, true), ("能效", .energy, true), ("煤炭消费", .energy, false), ("天然气", .energy, nil), ("石油", .energy, nil), ("原油", .energy, nil), ("煤炭", .energy, nil),
        ("电力消费", .energy, nil), ("节电", .energy, true), ("弃风", .energy, false), ("弃光", .energy, false),
        ("弃水", .energy, false), ("利用小时", .energy, true), ("自用率", .energy, true), ("岸电", .energy, true),
        // Resources: utilisation and recycling up is better; water drawn down is better.
        ("综合利用率", .resources, true), ("综合利用", .resources, true), ("利用率", .resources, true),
        ("回收率", .resources, true), ("回收", .resources, true), ("再生", .resources, true),
        ("消纳", .resources, true), ("循环", .resources, true), ("固废", .resources, true),
        ("固体废物", .resources, true), ("赤泥", .resources, true), ("铝灰", .resources, true),
        ("取水", .resources, false), ("用水", .resources, false), ("水耗", .resources, false), ("耗水", .resources, false), ("新水", .resources, false), ("水消耗", .resources, false),
        ("资源化利用", .resources, true),
        ("回用率", .resources, true), ("回用", .resources, true),
        ("新鲜水", .resources, false), ("复用率", .resources, true), ("重复利用", .resources, true),
        ("绿色工厂", .resources, true), ("绿色矿山", .resources, true), ("森林覆盖率", .resources, true),
        ("植树", .resources, true), ("造林", .resources, true), ("水资源", .resources, nil), ("节水", .resources, true),
        ("污水处理", .resources, true), ("再生水", .resources, true),
        // Production and business results: more is better; costs and failures down is better.
        ("产量", .production, true), ("产能", .production, true), ("年产", .production, true),
        ("生产效率", .production, true), ("劳动生产率", .production, true), ("成材率", .production, true),
        ("成品率", .production, true), ("合格率", .production, true), ("良品率", .production, true),
        ("故障率", .production, false), ("非停", .production, false), ("成本", .production, false),
        ("费用", .production, false), ("增加值", .production, true), ("产值", .production, true),
        ("营业收入", .production, true), ("营收", .production, true), ("收入", .production, true),
        ("利润", .production, true), ("净利润", .production, true), ("销量", .production, true),
        ("销售", .production, true), ("出口", .production, true), ("产品", .production, true),
        ("投资", .production, true), ("生产总值", .production, true), ("GDP", .production, true),
        ("加工材", .production, true), ("增速", .production, true), ("合金化率", .production, true),
        ("吞吐量", .production, true),
        // Compliance: completion and coverage up is better; incidents and fines down is better.
        ("完成率", .compliance, true), ("整改", .compliance, true), ("合规", .compliance, true),
        ("处置率", .compliance, true), ("合规处置率", .compliance, true), ("达标率", .compliance, true),
        ("达标", .compliance, true), ("覆盖率", .compliance, true), ("隐患", .compliance, nil),
        ("排查", .compliance, true), ("演练", .compliance, true), ("事故", .compliance, false),
        ("安全生产", .compliance, true), ("危险废物", .compliance, nil), ("处置能力", .compliance, true), ("罚款", .compliance, false), ("处罚", .compliance, false), ("投诉", .compliance, false),
        ("环境事件", .compliance, false), ("督察", .compliance, true), ("环保投入", .compliance, true),
        ("环保资金", .compliance, true), ("环保投资", .compliance, true), ("安全投入", .compliance, true),
    ]
}
