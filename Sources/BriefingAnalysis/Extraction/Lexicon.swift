/// The words the figure extractor reads: direction verbs, bases of comparison, level verbs,
/// target cues, organisation suffixes and the small words stripped around a metric.
///
/// Kept in one place so a reader can audit and extend what is recognised. One instance,
/// `Lexicon.shared`: readers fetch it once a call (`let w = Lexicon.shared`) and read its lists
/// as fields — every `static let` read costs a lazy-initialisation check (`swift_once`), and a
/// frame reads some twenty lists. A class, so fetching and passing it moves one reference.
final class Lexicon: Sendable {
    static let shared = Lexicon()

    /// Verbs stating a change, with their direction. Single characters (增, 降, …) count only
    /// when they stand right before the number ("同比增5.2%").
    let downVerbs = WordList([
        "下降", "降低", "减少", "减排", "回落", "下滑", "收窄", "节约", "节省", "下跌", "缩小", "削减",
        "压减", "压降", "减低", "缩减", "放缓", "减缓", "下行", "压缩", "减", "降", "跌", "少", "改善", "好转",
        "下调", "下浮", "调降", "走低", "回调", "下挫", "大降", "骤降", "锐减", "大跌", "暴跌", "减产",
    ])
    let upVerbs = WordList([
        "增长", "增加", "提高", "提升", "上升", "新增", "新建", "新开通", "新改建", "新投产", "新开工", "新认定", "飙升", "扩大", "上涨", "攀升", "跃升", "增产",
        "多增", "加快", "上扬", "增", "升", "涨", "多",
        "回升", "上调", "上浮", "调升", "走高", "大增", "猛增", "激增", "大涨", "反弹",
    ])
    /// Verbs that name an amount built or opened ("新建绿道780公里"): with a noun between them
    /// and the value, the figure is that amount (a level whose metric keeps the verb). 新增 is
    /// one of them too, except before a stock in `addedStocks`.
    let additionVerbs = WordList(["新建", "新开通", "新改建", "新投产", "新开工", "新认定", "新增"])
    /// 新增 before installed capacity (新增装机300兆瓦, 新增产能) states the growth of a stock the
    /// briefing tracks: a change of it. Before anything else (新增注册资本, 城镇新增就业, 新增绿地)
    /// it names a flow of its own, a level whose metric keeps 新增.
    let addedStocks = WordList(["装机", "并网", "产能", "容量", "能力", "储能"])
    let newlyAdded: Scalars = Array("新增".unicodeScalars)
    /// Adverbs of degree before a verb (小幅下降, 按年轻微减少): alone, no metric.
    let degreeAdverbs = WordList(["大幅", "小幅", "微幅", "微", "轻微", "略有", "略微", "稍有", "明显", "显著", "稳步", "持续",
                                  "继续", "进一步", "快速", "迅速", "大大", "有所", "均", "分别", "亦", "也", "最多", "最大", "最快"])
    /// Words opening a clause that gives a cause (主要由于2024年气温较高): its year is not the
    /// figure's.
    let causeWords = WordList(["由于", "因为", "受到", "得益于", "源于", "归因于", "鉴于"])
    /// Verbs of an event dated by the year before them ("1995年9月建成的一期项目"): that year
    /// dates the thing, it is no reporting year.
    let eventVerbs = WordList(["建成", "投产", "成立", "开工", "竣工", "投运", "建立", "创建", "始建", "通车", "动工", "启用", "开业", "组建"])
    /// Labels that open a web page's metadata line (来源：…, 发布时间：…, 制图/…): no subject,
    /// year or figure of the report stands in it.
    let metadataLabels = WordList(["来源", "时间", "发布时间", "发布日期", "发表时间", "更新时间", "作者", "编辑", "责任编辑", "责编",
                                   "阅读", "点击", "浏览", "字号", "原标题", "制图", "摄影", "通讯员", "供稿", "图片来源", "文章来源"])
    /// Province-level divisions by their short names and full names ("湖南" → 湖南省), for a
    /// text that says 我省 / 全省 without a title naming the province.
    let provinces: [(short: Scalars, full: String)] = [
        ("北京", "北京市"), ("天津", "天津市"), ("上海", "上海市"), ("重庆", "重庆市"), ("河北", "河北省"), ("山西", "山西省"),
        ("辽宁", "辽宁省"), ("吉林", "吉林省"), ("黑龙江", "黑龙江省"), ("江苏", "江苏省"), ("浙江", "浙江省"), ("安徽", "安徽省"),
        ("福建", "福建省"), ("江西", "江西省"), ("山东", "山东省"), ("河南", "河南省"), ("湖北", "湖北省"), ("湖南", "湖南省"),
        ("广东", "广东省"), ("海南", "海南省"), ("四川", "四川省"), ("贵州", "贵州省"), ("云南", "云南省"), ("陕西", "陕西省"),
        ("甘肃", "甘肃省"), ("青海", "青海省"), ("台湾", "台湾省"), ("内蒙古", "内蒙古自治区"), ("广西", "广西壮族自治区"),
        ("西藏", "西藏自治区"), ("宁夏", "宁夏回族自治区"), ("新疆", "新疆维吾尔自治区"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// The province whose short name stands at `i` in `text`.
    func province(at i: Int, in text: Scalars) -> (short: Scalars, full: String)? {
        provinces.first { text.matches($0.short, at: i) }
    }
    /// Verbs that say a goal was reached (达到年度考核目标): that 目标 cues no goal.
    let goalReachedVerbs = WordList(["达到", "达成", "完成", "实现", "超额完成", "提前完成"])
    /// Marks that end a clause.
    let clauseMarks: ScalarSet = ["，", ",", "；", ";", "。", "：", ":", "！", "？"]
    /// Per-capita markers: a figure's population stands before them (城镇居民人均可支配收入).
    let perCapitaMarkers = WordList(["人均", "户均"])
    /// What opens a list of components of the figure before (其中工资性收入…).
    let componentsOpener: Scalars = Array("其中".unicodeScalars)
    /// Changes for the better: the direction is the metric's better one (see `Frame.isImprovement`).
    let improvementVerbs = WordList(["改善", "好转"])
    /// Savings: an improvement whatever is saved ("节约用电1.2亿千瓦时").
    let savingVerbs = WordList(["节约", "节省", "节能"])
    /// Nouns made of two direction characters (机场起降12.6万架次): no verb ends in them.
    let directionNouns = WordList(["起降", "升降", "涨跌", "增减", "升级", "降级"])
    /// Verbs that are directions only when right before the number.
    let adjacentOnlyVerbs = WordList(["减", "降", "跌", "少", "增", "升", "涨", "多"])

    /// Scalars that, right after a direction verb, make it part of a noun (增加值, 增长率, 下降幅度…).
    let nounSuffixes: ScalarSet = ["值", "率", "点", "幅", "速", "额", "量"]

    /// Nouns naming a rate of change: "增速为5.2%" is a change upward of the metric before it.
    let upRateNouns = WordList(["增长率", "增速", "增幅", "涨幅", "提升幅度", "增长幅度"])
    let downRateNouns = WordList(["下降率", "降幅", "跌幅", "下降幅度", "降低率", "减幅"])

    /// Verbs that state a level: "利用率达20%", "占比为70%".
    let levelVerbs = WordList([
        "达到了", "达到", "达", "为", "是", "约为", "保持在", "保持", "控制在", "稳定在", "维持在", "超过", "高于", "低于",
        "突破", "累计", "共计", "合计", "总计", "实现", "完成", "合共", "共有", "录得",
    ])
    /// "降至", "提高到": the number after them is the new level, not the change.
    let toMarkers: ScalarSet = ["至", "到"]

    /// Bases of comparison.
    let yoyWords = WordList([
        "同比", "比上年同期", "较上年同期", "比去年同期", "较去年同期", "与上年同期相比", "与去年同期相比",
        "比上年", "较上年", "比去年", "较去年", "与上年相比", "与去年相比", "比上一年", "较上一年",
        // Hong Kong usage: 按年增3.5%, 按年減少 (read as simplified).
        "按年", "与上年同期比较", "与去年同期比较",
    ])
    let priorPeriodWords = WordList([
        "环比", "比上月", "较上月", "比上季度", "较上季度", "比上季", "较上季", "比一季度", "较一季度",
        "比二季度", "较二季度", "比三季度", "较三季度", "比上半年", "较上半年", "比前三季度", "较前三季度",
        "比上一季度", "较上一季度", "比上个月", "较上个月", "比上一月", "较上一月", "比上旬", "较上旬",
        "比上一旬", "较上一旬", "比上周", "较上周", "比上一期", "较上一期", "比上期", "较上期",
    ])

    /// Cues that a figure is a goal, not an achievement.
    let targetCues = WordList([
        "力争", "争取", "确保", "计划", "预计", "预期", "目标", "全力实现", "致力于", "规划", "将达到",
        "努力实现", "估计", "有望",
    ])
    /// Markers that a goal was reached (实现了…的目标): the figure is a level.
    let completionMarkers = WordList(["实现了", "完成了", "已经", "已", "提前完成", "圆满完成", "达成了"])

    /// Periods stated with a figure.
    let periods = WordList([
        "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度", "前三季度",
        "上半年", "下半年", "全年", "年度",
    ])

    /// Suffixes that end an organisation's name.
    let orgSuffixes = WordList([
        "集团公司", "有限公司", "分公司", "子公司", "公司", "集团", "股份", "铜业", "铝业", "锌业", "矿业",
        "研究院", "设计院", "冶炼厂", "电厂", "厂", "银行", "控股",
    ])
    /// Changes named after their value and 的 ("实现8.5%的增长", "约3%的同比增长"), longest first.
    let changesAfterValue: [(word: Scalars, direction: Figure.Direction, yoy: Bool)] = [
        ("同比增长", Figure.Direction.up, true), ("同比下降", .down, true), ("正增长", .up, false), ("负增长", .down, false),
        ("增长", .up, false), ("增速", .up, false), ("增幅", .up, false), ("涨幅", .up, false), ("升幅", .up, false),
        ("下降", .down, false), ("降幅", .down, false), ("跌幅", .down, false), ("下滑", .down, false), ("减幅", .down, false),
    ].map { (word: String, direction: Figure.Direction, yoy: Bool) in (Array(word.unicodeScalars), direction, yoy) }
    /// Verbs joining two changes named after their values ("以6.6%的增速支撑了11.2%的增速").
    let supportVerbs = WordList(["支撑了", "支撑", "带动了", "带动", "拉动了", "拉动", "实现了", "实现"])
    /// What opens a bracketed note on a scope ("(不包括独立黄金企业)"): stripped from phrases.
    let scopeNoteOpeners = WordList(["不包括", "不包含", "不含", "包括", "包含", "含", "扣除"])
    /// Numerals of an ordinal list (第一、二、三产业).
    let ordinalNumerals: ScalarSet = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// What a change in 个百分点 of a growth measures: "工业增加值" → "工业增加值增速".
    let growthRate = "增速"
    /// After a five-year plan's name (“十一五”期间): words that make it a period.
    let planWords = WordList(["期间", "时期", "规划期", "末", "后", "前"])
    /// After a five-year plan's name: the plan itself, no period (“十四五”目标, 十三五规划).
    let planNouns = WordList(["目标", "任务", "规划", "计划", "纲要", "要求", "指标", "《", "规划《"])
    /// After a five-year plan's name: since it began, up to now (十四五以来): no year of its own.
    let planSince = WordList(["以来", "开局", "初", "首年", "伊始"])
    /// Verbs after 在 + a place that make it where something was said or held (在北京透露).
    let venueVerbs = WordList(["透露", "表示", "介绍", "举行", "召开", "发布", "说", "指出", "宣布", "出席", "参加",
                               "会见", "接受", "称", "强调", "举办", "开幕", "闭幕"])
    /// 方面 after a name opening a clause: as for it ("港燈方面，").
    let asFor: Scalars = Array("方面".unicodeScalars)
    /// What a clause opened by …方面 may be about that names no one (价格方面, 新能源方面):
    /// aspects, kinds of output and sectors, by their last characters.
    let aspectWords = WordList([
        "价格", "生产", "供应", "供给", "需求", "消费", "出口", "进口", "投资", "市场", "销售", "经营", "财务",
        "业务", "业", "能源", "电力", "电源", "发电", "用电", "装机", "煤炭", "油气", "天然气", "石油", "钢铁",
        "排放", "水质", "空气", "大气", "环境", "质量", "安全", "治理", "建设", "项目", "政策", "资金", "成本",
        "产品", "品种", "结构", "区域", "地区", "城市", "农村", "企业", "行业", "产业", "其他", "其它", "另一",
        "资源", "源", "废", "废物", "污染", "碳", "减排", "节能", "降碳", "环保", "保护", "水", "气", "土壤", "生态",
        "绿化", "交通", "运输", "物流", "科技", "创新", "人才", "民生", "社会", "文化", "教育", "卫生", "医疗",
        "住房", "就业", "收入", "工作", "管理", "服务", "技术", "设备", "机组", "数据", "指标", "效益", "效率",
        "这", "此", "多", "各", "两", "一", "上", "下", "内", "外",
    ])
    /// Words that refer back to the organisation last named.
    let anaphora = WordList([
        "该公司", "该企业", "该集团", "该厂", "公司", "企业", "集团", "所属企业", "本公司", "我公司", "上市公司", "母公司",
        "控股公司", "总公司", "集团公司",
    ])
    /// Kinds of organisation that never end a name, also after a verb ("结合上市公司").
    let genericOrganisations = WordList(["上市公司", "母公司", "国有控股", "集体控股", "私人控股", "外商控股", "港澳台商控股", "股份制", "国有独资公司", "采矿业",
                                                "燃煤电厂", "燃气电厂", "火电厂", "燃煤发电厂", "自备电厂", "水电厂",
                                                "相关厂", "有关厂", "相关公司", "有关公司", "相关企业"])
    /// Regions and whole economies that are subjects in statistical bulletins.
    let regionWords = WordList([
        "全国", "全省", "全市", "全区", "全县", "全州", "全盟", "我国", "我省", "我市", "我区", "本市", "本省", "本区", "本港", "本澳",
    ])
    /// Whole areas that news in Hong Kong and Macao names as subjects ("5月份内地铜产量"): read as
    /// region words are, but never a title's place.
    let wholeAreas = WordList(["内地", "全港", "全澳", "全台"])
    /// Region names end with these ("云南省", "昆明市") when they open a clause.
    let regionSuffixes: ScalarSet = ["省", "市", "县"]
    /// Sectors that are subjects ("铜冶炼、铝加工化学需氧量排放强度").
    let sectors = WordList([
        "铜冶炼", "铝加工", "电解铝", "氧化铝", "铝土矿", "锌冶炼", "铅冶炼", "铜加工", "火电", "水电", "风电",
        "光伏", "钢铁", "煤炭", "化工", "建材", "有色金属", "高技术制造业",
    ])

    /// Words stripped from the front of an organisation candidate ("担任昆明铜业" → "昆明铜业").
    let orgLeadingNoise = WordList([
        "担任", "作为", "位于", "来到", "走进", "带领", "组织", "推动", "通过", "围绕", "依托", "联合", "包括",
        "其中", "同时", "此外", "目前", "近日", "以上", "以下", "保持", "位居", "跻身", "当", "在", "对", "向", "由", "据", "经", "与", "和", "及", "同",
        "共有", "拥有", "现有", "共", "有",
        "是", "为", "让", "使", "把", "被", "将", "从", "到", "给", "跟", "于", "就", "即", "任", "其", "各",
        "所属", "全体", "以", "了", "的", "等", "年", "月", "日", "后", "前", "中的", "均", "也", "还", "已",
        "公司", "集团", "企业", "荣获", "获评", "记者", "本报讯", "讯", "据悉", "参观", "考察", "调研", "召开", "举办", "成立",
        "持续推进", "推进", "加快", "积极", "顺利完成", "完成", "持续", "建设", "打造", "支持", "指导", "服务",
    ])

    /// Small words stripped from the front of a metric phrase.
    let metricLeadingNoise = WordList([
        "其中", "同时", "此外", "另外", "而且", "并且", "使得", "推动", "实现了", "实现", "确保", "完成了", "完成", "以",
        "转为", "转而", "共",
        "全力", "努力", "持续", "不断", "进一步", "累计", "共计", "合计", "总计", "全部", "以及", "开展", "组织",
        "建成", "拥有", "各项", "所属", "本年", "当年", "今年", "去年", "上年", "每年", "年均",
        "截至目前", "截至年底", "截至年末", "目前", "当前", "全年", "力争", "争取", "计划",
        "预计", "全力实现", "致力于", "努力实现", "通过", "大力", "全面", "着力", "、", "即", "仅", "将", "把",
        "改造后", "治理后", "实施后", "投运后", "投产后", "今年以来", "年初以来", "本年以来", "去年以来",
        "但是", "虽然", "也就是说", "也就是", "分别", "其余", "已经有", "已有", "而", "以", "预期在", "预计在", "预期", "本旬", "上旬", "中旬", "下旬", "本月", "当月", "本周",
    ] + (1...12).flatMap { ["\($0)月的", "\($0)月份的", "1-\($0)月", "1-\($0)月份", "\($0)月份", "\($0)月"] })  // "6月的产量", "1-7月利润": the months are the period
    /// Small words stripped from the end of a metric phrase (adverbs before the verb).
    let metricTrailingNoise = WordList([
        "分别", "均", "都", "也", "还", "却", "又", "再", "已", "已经", "持续", "继续", "大幅", "小幅", "微幅", "微", "明显",
        "显著", "稳步", "进一步", "仅", "就", "累计", "共", "每年", "年均", "平均", "逐年", "逐步", "同比",
        "有所", "将", "了", "的", "一举", "轻微", "略有", "则", "实现", "全年", "当年", "总体", "整体", "继续保持", "稳定", "严格", "有效",
        "始终", "力争", "争取", "确保", "突", "首次", "首度", "可", "有望", "预计", "最多", "最大", "最快",
        "数字", "数据", "当月", "本月", "亦",
    ])
    /// Two-character topic words of report sections (【节能降碳】, 【生态环保】, 【乡村振兴】).
    let topicWords: Set<String> = [
        "节能", "降碳", "减碳", "减排", "生态", "环保", "环境", "保护", "安全", "生产", "乡村", "振兴", "绿色",
        "低碳", "发展", "科技", "创新", "党建", "引领", "社会", "责任", "公益", "质量", "管理", "经营", "业绩",
        "污染", "防治", "治理", "资源", "循环", "利用", "能源", "员工", "关爱", "数字", "转型", "合规", "风险",
        "防控", "节水", "固废", "大气", "水体", "土壤", "双碳", "碳达", "峰碳", "中和", "改革", "运营", "服务",
        "矿山", "工厂", "园区", "建设", "文化", "人才", "技术", "成果", "成效", "进展", "动态", "要闻", "亮点",
        "提质", "增效", "降本", "提效", "合作", "市场", "项目", "民生", "健康", "职业", "教育", "培训", "治污",
        "分区", "表现", "概况", "情况", "回顾", "展望", "摘要", "主要", "数据", "指标", "整体", "财务",
    ]

    /// Whether a section head names a topic rather than a subject: every two-character chunk is
    /// a topic word ("节能降碳" is a topic; "中铝环保" is a company, 中铝 is no topic word).
    func isTopic(_ head: String) -> Bool {
        let s = Array(head)
        guard s.count >= 2, s.count % 2 == 0 else { return false }
        return stride(from: 0, to: s.count, by: 2).allSatisfy { topicWords.contains(String(s[$0..<$0 + 2])) }
    }

    /// Comparisons opening a phrase: the value is a gap between two figures.
    let comparisons = WordList(["低于", "高于", "快于", "慢于", "领先", "落后于"])
    /// Comparisons that, right before a year and a value ("高于去年的45万吨", "较2014年0.64公斤"),
    /// state that year's level.
    let comparedLevelLeads = WordList(["高于", "低于", "多于", "少于", "较", "比"])
    /// Words that mean the number is not a figure of the phrase before it.
    let equivalence = WordList(["相当于", "约合", "折合", "相当", "等于", "其中有"])

    /// Heads of a metric: a phrase ending with one of these is a measurable quantity.
    let metricHeads = WordList([
        "排放量", "排放强度", "排放总量", "消纳量", "综合利用率", "综合利用量", "利用率", "利用量", "产生量", "产量", "产能", "总量", "强度",
        "占比", "比例", "比重", "能耗", "电耗", "水耗", "煤耗", "用水量", "取水量", "用电量", "发电量",
        "装机", "装机容量", "吞吐量", "周转量", "客运量", "货运量", "成交额", "零售额", "完成率", "处置率", "达标率", "覆盖率", "合格率", "成材率", "成品率", "故障率",
        "效率", "浓度", "增加值", "收入", "利润", "产值", "销量", "销售额", "投资", "规模", "率", "量",
        "天数", "次数", "成本", "费用", "面积", "数量",
        // Company accounts (HK and mainland financial news): 纯利, 营收, 营业额.
        "纯利", "净利", "溢利", "盈利", "毛利", "营收", "营业额", "收益", "股息", "支出", "总额",
    ])
    /// Bare heads that need a noun from context to be whole ("全年消纳量" → "再生金属消纳量").
    let bareHeads = WordList([
        "消纳量", "利用率", "综合利用率", "综合利用量", "回收率", "处置率", "利用量", "产量", "产能", "排放量",
        "使用量", "回收量", "用量", "总量", "增速",
        "增幅", "降幅", "占比", "比例", "比重", "规模", "增长率",
    ])
    /// Verbs to strip when taking a noun from a previous clause ("大力推进再生金属使用" → "再生金属").
    let contextLeadingVerbs = WordList([
        "大力推进", "加快推进", "积极推进", "持续推进", "推进", "推动", "持续推动", "加快", "加强", "扩大",
        "加大", "提升", "提高", "强化", "发展", "推广", "大力发展", "深化", "做好", "抓好", "促进", "开展",
        "大力", "持续", "积极", "全面", "不断",
    ])
    let contextTrailingVerbs = WordList(["使用", "利用", "回收", "建设", "工作", "应用", "生产", "消纳", "处置"])
    /// Collectives whose members a text lists by value only ("三次产业对经济增长的贡献率分别为
    /// 2.0%、28.6%和69.4%"): the collective's words at the start of a phrase, and the members.
    let collectives: [(collective: Scalars, members: [Scalars])] = [
        ("三次产业", ["第一产业", "第二产业", "第三产业"]),
        ("一二三产业", ["第一产业", "第二产业", "第三产业"]),
        ("三大产业", ["第一产业", "第二产业", "第三产业"]),
    ].map { (Array($0.0.unicodeScalars), $0.1.map { Array($0.unicodeScalars) }) }

    /// The members of a collective opening `phrase`, and what follows it (the metric they share).
    func collectiveMembers(of phrase: Scalars) -> (members: [Scalars], rest: Scalars)? {
        for entry in collectives where phrase.count > entry.collective.count && Array(phrase.prefix(entry.collective.count)) == entry.collective {
            let rest = Array(phrase.dropFirst(entry.collective.count))
            return (entry.members, rest)
        }
        return nil
    }

    /// Substances whose name ends with 量 but are not a measure (化学需氧量 is COD).
    let substances = WordList([
        "化学需氧量", "生化需氧量", "氨氮", "二氧化硫", "氮氧化物", "颗粒物", "烟尘", "粉尘", "二氧化碳", "总磷",
        "总氮", "挥发性有机物", "氟化物", "重金属", "一氧化碳", "甲烷", "VOCs", "COD", "PM2.5", "PM10",
        "废水", "废气", "固废", "危废", "赤泥", "铝灰",
    ])

    // MARK: Frames (`FrameReader`)

    let openerScalars: [Unicode.Scalar] = ["“", "《", "(", "（", "「", "\""]
    let closerScalars: [Unicode.Scalar] = ["”", "》", ")", "）", "」"]
    let openers: ScalarSet, closers: ScalarSet
    /// Openers and closers in one set, where both stop a scan alike.
    let brackets: ScalarSet
    let copulas = WordList(["达到", "达", "为", "是"])
    /// Scalars after a value that do not glue the Han text after them to it.
    let nounListJoiners: ScalarSet = ["、", "和", "及", "与", "(", "（", "的"]
    let reduceEmissions = Array("减排".unicodeScalars)
    let emission = Array("排放".unicodeScalars)
    let valueAdverbs = WordList(["每年", "年均", "平均每年", "累计", "仅", "只"])
    let nounEnds: ScalarSet = ["的", "及", "和", "与", "、"]
    /// The scalars that end a direction verb: most positions end none, and one test rejects
    /// them for both lists.
    let verbEnds: ScalarSet
    let thresholdEnds = WordList(["以上", "以下", "及以上", "及以下", "以内"])

    // MARK: Metric phrases (`MetricPhrase`)

    /// Quote marks, and Markdown's emphasis (`**全年能源消费总量**`).
    let quoteMarkScalars: [Unicode.Scalar] = ["“", "”", "\"", "'", "‘", "’", "《", "》", "「", "」", "『", "』", "﹃", "﹄", "*"]
    let quoteMarks: ScalarSet
    /// The scalars where `stripInline` may remove something (a basis, 分别, a year, a quote
    /// mark, a space start with one): every other scalar is kept without further tests.
    let inlineLeads: ScalarSet
    let splitVerbs = WordList(["实现", "完成", "累计完成", "共完成"])
    let trailingJoiners: ScalarSet = ["、", "和", "及", "与", "(", "（"]
    let leadingMarks: ScalarSet = ["、", ")", "）", "-", "—"]
    let listJoiners: ScalarSet = ["、", "和", "及", "与"]
    let enumerationOnly: ScalarSet = ["、"]
    /// Scalars that, after 省/市/县, make a word of it (市场, 省级, 县域, 市民, 市政).
    let afterSuffixBlockers: ScalarSet = ["场", "级", "域", "民", "政", "值", "委", "内", "外", "区", "属", "管", "容", "辖", "情"]
    let enumerationAndHe: ScalarSet = ["、", "和"]
    /// "占全市…", "在本省…": a preposition or a 全/本 word opens no region name.
    let regionBlockers: ScalarSet = ["占", "在", "对", "从", "向", "于", "比", "较", "全", "本", "我", "各", "该"]
    let yearEnd = WordList(["年末", "年底"])
    /// Period words that stand between a name and its metric (not 年度: 年度计划完成率).
    let splittingTimes = WordList(["全年", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "前三季度",
                                   "第一季度", "第二季度", "第三季度", "第四季度", "今年", "去年", "本年", "当年"])
    let conditionOpeners = WordList(["按", "扣除", "剔除", "不含", "若", "如", "以", "从", "分"])
    let conditionEnds = WordList(["计算", "后", "口径", "来看", "看", "测算", "统计"])

    // MARK: Goal cues (`GoalCues`)

    /// The scalars that start a cue or a completion.
    let cueLeads: ScalarSet

    // MARK: Organisation names (`OrganisationNames`)

    let orgSuffixFirsts: ScalarSet
    /// Function words that cannot stand inside a name.
    let nameStops: ScalarSet = [
        "的", "在", "和", "与", "及", "是", "为", "了", "对", "将", "把", "被", "从", "到", "给", "跟", "于",
        "就", "即", "等", "由", "向", "让", "使", "以", "也", "都", "还", "又", "并", "而", "且", "或", "之",
        "这", "那", "每", "该", "各", "其", "个", "家", "所", "年", "月", "日",
    ]

    // MARK: Bases (`Basis`)

    /// Scalars that can start a basis phrase: most positions are rejected on this alone (loops
    /// over many positions read it once and test it before calling `Basis.phrase`).
    let basisLeads: ScalarSet
    /// The same scalars, for sets that hold them among others.
    let basisLeadScalars: [Unicode.Scalar]

    // MARK: Clauses, metrics, subjects, bases, years, titles (`ExtractionRun`, `MetricPhrase`, `Basis`, `YearsAndPeriods`, `DocumentPlace`)

    let notesHeadings = WordList(["注释", "附注", "注", "注解", "说明", "资料来源", "备注"])
    let unitlessHeads = WordList(["率", "指数", "系数"])
    let valueListWords = WordList(["、", "和", "及", "与", "以及", "，", ",", "/"])
    /// Marks between the two bounds of a range ("3%—5%", "2000万至3000万吨").
    let rangeMarks = WordList(["—", "～", "~", "-", "至", "到", "–", "——"])
    let activityVerbs = WordList(["排放", "发电", "用电", "用水", "耗水", "耗电", "取水", "供电", "售电", "节电", "节水"])
    /// Nouns that group the members of a subject list: "华东、华南、华北地区用电量" lists regions
    /// (华东地区…) whose 用电量 is measured; "火电和水电项目完成投资", projects.
    let groupNouns = WordList(["地区", "区域", "片区", "项目", "行业", "板块", "省份", "省区", "城市", "企业", "产业"])
    let formLabelHeads = WordList(["浓度", "总量", "排放量", "排放", "产生量", "削减量", "强度", "量"])
    /// Classifiers that count organisations ("证券公司4家"): with an organisation's name and no
    /// metric, the name is what is counted.
    let organisationCounts: Set<String> = ["家", "个", "户", "所", "座", "只"]
    /// Classifiers that end a count opening a statement of what the things did (27个水源地…达标).
    let countedThingClassifiers: ScalarSet = ["个", "家", "座"]
    /// Verbs of meeting a standard or finishing a task: what counted things did (达标, 完成…改造).
    let standardVerbs = WordList(["达标", "达到", "完成", "实现", "优于", "符合", "通过"])
    let countSuffix = Array("数".unicodeScalars)
    /// Classifiers of things counted as a statistic ("监测断面20个" → 监测断面数).
    let countedThings: Set<String> = ["个", "家", "座", "处", "所", "条"]
    /// Heads of a collective subject: a group of enterprises, cities or units that a figure is
    /// about (重点调查煤炭企业, 339个地级及以上城市, 规模以上工业企业).
    let collectiveHeads = WordList(["企业", "城市", "设区市", "地级市", "市州", "地市", "区县", "县区", "省份", "煤矿", "电厂"])
    /// A collective is a scope a statistic defines: it names one of these (主要生产企业 is no
    /// collective subject, 重点调查煤炭企业 and 339个地级及以上城市 are).
    let collectiveScopes = WordList(["重点", "规模以上", "限额以上", "以上", "个", "级", "调查", "监测", "全部", "会员", "统计", "联系", "样本", "家", "排名"])
    /// Scopes of a region's statistics (规模以上工业企业): no collective subject alone.
    let statisticalScopes = WordList(["规模以上", "限额以上"])
    let baseNouns = WordList(["基准年", "基准期", "基期", "基年", "年初", "年末"])
    /// 比改造前, 较治理前: the state before a measure, two to four characters and 前.
    let basisMeasures = WordList(["改造", "治理", "实施", "投运", "投产", "改进", "技改", "整改", "优化", "升级改造"])
    let basisTails = WordList(["相比", "同期", "末", "底", "比"])
    /// After a prior period (较1~3月累计值): its total.
    let cumulativeTails = WordList(["累计值", "累计", "同期"])
    /// Opening a change of the year before (由去年同期下降5.0%转为增长21.5%).
    let lastYearChanges = WordList(["由去年同期", "由上年同期", "从去年同期", "从上年同期", "由去年", "由上年"])
    /// Averages over years stating a change (两年平均增长7.4%): against the year before them.
    let averagedPeriods = WordList(["两年平均", "三年平均", "两年年均", "三年年均"])
    /// Words that, right after a place name, show that a title is about that place.
    let titleTopics = WordList([
        "国民经济", "统计公报", "生态环境", "环境状况", "环境质量", "政府工作", "能源", "经济", "统计", "水资源",
        "环境", "节能", "碳达峰", "工业", "电力", "农业", "交通", "关于", "年度", "20",
    ])
    /// Words that name a year relative to the report's own: 过去一年 and 去年 the year before it.
    let relativeYearWords = WordList(["过去一年", "上一年", "去年", "今年", "本年", "明年", "下一年"])

    // MARK: Fixed words, built once (an `Array("…".unicodeScalars)` inside a loop allocates on every pass)

    let respectively = Array("分别".unicodeScalars)
    let annualOutput = Array("年产".unicodeScalars)
    let annualCapacity = Array("年产能".unicodeScalars)
    let proportion = Array("比重".unicodeScalars)
    let completionRate = Array("完成率".unicodeScalars)
    let produce = Array("生产".unicodeScalars)
    let output = Array("产量".unicodeScalars)
    let sales = Array("销售".unicodeScalars)
    let salesVolume = Array("销量".unicodeScalars)
    let asWellAs = Array("以及".unicodeScalars)

    private init() {
        openers = ScalarSet(openerScalars)
        closers = ScalarSet(closerScalars)
        brackets = ScalarSet(openerScalars + closerScalars)
        verbEnds = ScalarSet((downVerbs.words + upVerbs.words).map { $0.last! })
        quoteMarks = ScalarSet(quoteMarkScalars)
        cueLeads = ScalarSet((completionMarkers.words + targetCues.words).map { $0.first! })
        orgSuffixFirsts = ScalarSet(orgSuffixes.words.compactMap(\.first) + ["(", "（", asFor[0]])
        basisLeadScalars = (yoyWords.words + priorPeriodWords.words + averagedPeriods.words).compactMap(\.first) + ["较", "比", "与"]
        basisLeads = ScalarSet(basisLeadScalars)
        inlineLeads = ScalarSet(basisLeadScalars + quoteMarkScalars + [respectively[0], " ", "(", "（"]
            + (0..<10).map { Unicode.Scalar(UInt8(0x30 + $0)) } + ["["])
    }
}
