/// Whether a stated level outside the taxonomy's categories (an economy, transport or
/// finance figure: 社会消费品零售总额9251.8亿元, 证券公司4家) is a figure, or a number told in a
/// story (职工仅有20余名, 在一线扎根15年, 他们用1300多个日夜).
///
/// Levels the taxonomy knows (emissions, energy…) are always figures; the others pass these
/// rules first, in order. Each rule names what it rejects and shows it in `examples`: the
/// extractor emits no level from them (`ExtractionRuleTests` checks every example).
struct LevelAdmissionRule: Sendable {
    let name: String
    /// Sentences in which this rule, and no earlier one, keeps a level out.
    let examples: [String]
    let rejects: @Sendable (_ metric: Scalars, _ unit: String, _ qualifier: Qualifier?) -> Bool
}

enum LevelAdmissionRules {
    static let all: [LevelAdmissionRule] = [
        LevelAdmissionRule(name: "story-verb-before-value",
                           examples: ["车间职工仅有20余名。", "他们在电解一线扎根15年。", "新设备取而代之2只。"],
                           rejects: { metric, _, _ in
                               storyOpeners.match(in: metric, at: 0) != nil || storyEnds.match(in: metric, endingAt: metric.count) != nil
                                   || storyWords.occurs(in: metric, 0..<metric.count)
                           }),
        LevelAdmissionRule(name: "number-inside-phrase",
                           examples: ["他们用1300多个日夜攻克170余项难题。", "团队300多名职工奋战60个昼夜。"],
                           rejects: { metric, _, _ in
                               // PM2.5 and R&D keep their digits; "1300多个日夜" tells a story; a size
                               // bounding what is counted (300兆瓦以上火电机组) names it.
                               var run = 0
                               for (i, s) in metric.enumerated() {
                                   run = s.isDigit ? run + 1 : 0
                                   if run >= 2, i + 1 == metric.count || !metric[i + 1].isDigit, !boundsASize(metric, after: i + 1) { return true }
                               }
                               return false
                           }),
        LevelAdmissionRule(name: "duration-of-an-event",
                           examples: ["检修历时10天。", "技术攻关持续3年。"],
                           rejects: { metric, unit, _ in
                               durations.contains(unit) && durationHeads.match(in: metric, endingAt: metric.count) == nil
                           }),
        LevelAdmissionRule(name: "phrase-without-noun",
                           examples: ["任务完成得圆满37项。"],
                           rejects: { metric, _, _ in metric.count < 2 || adverbEnds.match(in: metric, endingAt: metric.count) != nil }),
    ]

    /// "300兆瓦以上", "1000立方米及以上": a unit of at most four scalars, then 以上/以下, after
    /// the digits ending before `i`.
    static func boundsASize(_ metric: Scalars, after i: Int) -> Bool {
        (i...min(metric.count, i + 5)).contains { k in sizeBounds.match(in: metric, at: k) != nil }
    }
    private static let sizeBounds = WordList(["以上", "以下", "及以上", "及以下"])

    /// The first rule that keeps the level out, if any.
    static func rejecting(metric: Scalars, unit: String, qualifier: Qualifier?) -> LevelAdmissionRule? {
        all.first { $0.rejects(metric, unit, qualifier) }
    }

    private static let storyOpeners = WordList(["在", "用", "他们", "我们", "他", "她", "历时", "仅", "只", "从", "经过", "为了", "通过", "把"])
    private static let storyEnds = WordList(["仅有", "只有", "拥有", "有", "扎根", "之", "历时", "用了", "花了", "控制在", "精准控制在", "达", "后"])
    private static let storyWords = WordList(["取而代之", "±", "日夜", "先后", "曾经", "多年来"])
    /// Whether `unit` is one the duration rule reads (the only rule that looks at the unit).
    static func isDuration(_ unit: String) -> Bool { durations.contains(unit) }

    private static let durations: Set<String> = ["天", "年", "个月", "小时", "分钟", "周", "载", "日"]
    private static let durationHeads = WordList(["天数", "时长", "时间", "小时数", "工期", "寿命", "周期", "年限"])
    private static let adverbEnds = WordList(["圆满", "顺利", "成功", "共", "累计", "先后", "相继", "一次"])
}
