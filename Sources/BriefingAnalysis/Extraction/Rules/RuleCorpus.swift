/// The phrasing classes the extractor reads, each with example texts in our own words and the
/// figures a careful reader takes from them (as Duckling keeps `Corpus.hs` beside `Rules.hs`).
///
/// `RuleCorpusTests` runs every example through the whole pipeline and checks each expected
/// figure's kind, value, unit, metric, subject and year, and that nothing else is emitted
/// where `exhaustive` is set. To add a rule: add its class here first, with examples that fail,
/// then make them pass without breaking the others or the dev corpus.
public enum RuleCorpus {
    public struct Expected: Sendable, CustomStringConvertible {
        public let kind: Figure.Kind
        public let value: String
        public let unit: String
        /// A part of the metric that identifies it (the whole metric when `exactMetric`).
        public let metric: String
        public let exactMetric: Bool
        /// The exact subject (`noSubject`: the figure has none), or nil when it is not checked.
        public let subject: String?
        public static let noSubject = "·"
        public let year: Int?

        public init(_ kind: Figure.Kind, _ value: String, _ unit: String, _ metric: String, exact: Bool = false,
                    subject: String? = nil, year: Int? = nil) {
            self.kind = kind; self.value = value; self.unit = unit; self.metric = metric; self.exactMetric = exact
            self.subject = subject; self.year = year
        }

        public var description: String { "\(kind) \(subject ?? "·")|\(metric) \(value)\(unit) \(year.map(String.init) ?? "")" }
    }

    public struct Example: Sendable {
        /// The rule (class of phrasing) the example shows.
        public let rule: String
        public let text: String
        public let expected: [Expected]
        /// Whether the expected figures are all the text holds.
        public let exhaustive: Bool

        init(_ rule: String, _ text: String, _ expected: [Expected], exhaustive: Bool = true) {
            self.rule = rule; self.text = text; self.expected = expected; self.exhaustive = exhaustive
        }
    }

    public static let examples: [Example] = [
        // Subjects
        Example("subject.title-place",
                "2023年某某市国民经济和社会发展统计公报\n\n全年实现地区生产总值3210.5亿元，比上年增长5.1%。",
                [.init(.level, "3210.5", "亿元", "地区生产总值", subject: "某某市", year: 2023),
                 .init(.change, "5.1", "%", "地区生产总值", subject: "某某市", year: 2023)]),
        Example("subject.region-word-is-the-title-place",
                "2022年某某省生态环境状况公报\n\n全省化学需氧量排放量42.3万吨，比上年下降3.2%。",
                [.init(.level, "42.3", "万吨", "化学需氧量排放量", subject: "某某省", year: 2022),
                 .init(.change, "3.2", "%", "化学需氧量排放量", subject: "某某省", year: 2022)]),
        Example("subject.paragraph-topic-only-when-it-opens",
                "2021年某某市国民经济和社会发展统计公报\n\n全年保费收入500.2亿元，其中财产保险公司保费收入180.4亿元。各类赔付支出210.3亿元，增长12.5%。",
                [.init(.level, "500.2", "亿元", "保费收入", subject: "某某市"),
                 .init(.level, "180.4", "亿元", "保费收入", subject: "财产保险公司"),
                 .init(.level, "210.3", "亿元", "赔付支出", subject: "某某市"),
                 .init(.change, "12.5", "%", "赔付支出", subject: "某某市")]),
        Example("subject.counted-organisations",
                "2021年某某市国民经济和社会发展统计公报\n\n年末共有证券公司5家、期货公司2家。",
                [.init(.level, "5", "家", "证券公司数", subject: "某某市"), .init(.level, "2", "家", "期货公司数", subject: "某某市")]),
        // Pairing values with lists
        Example("pairing.items-holding-ji",
                "全年油菜籽及芝麻、花生、蚕豆产量分别增长2.1%、3.4%、1.5%。",
                [.init(.change, "2.1", "%", "油菜籽及芝麻产量"), .init(.change, "3.4", "%", "花生产量"),
                 .init(.change, "1.5", "%", "蚕豆产量")]),
        Example("pairing.shared-head",
                "全年集装箱、散货吞吐量分别达120.5万标准箱和3.2亿吨。",
                [.init(.level, "120.5", "万标准箱", "集装箱吞吐量"), .init(.level, "3.2", "亿吨", "散货吞吐量")]),
        Example("pairing.collective-members",
                "三次产业对经济增长的贡献率分别为3.1%、40.2%和56.7%。",
                [.init(.level, "3.1", "%", "第一产业对经济增长的贡献率"), .init(.level, "40.2", "%", "第二产业对经济增长的贡献率"),
                 .init(.level, "56.7", "%", "第三产业对经济增长的贡献率")]),
        Example("pairing.category-of-the-paragraph-measure",
                "全年居民消费价格比上年上涨1.2%，其中衣着类上涨0.8%，居住类下降0.3%。",
                [.init(.change, "1.2", "%", "居民消费价格"), .init(.change, "0.8", "%", "衣着类居民消费价格"),
                 .init(.change, "0.3", "%", "居住类居民消费价格")]),
        // Frames
        Example("frame.level-then-change-outside-the-taxonomy",
                "全年社会消费品零售总额4321.7亿元，比上年增长6.3%。",
                [.init(.level, "4321.7", "亿元", "社会消费品零售总额"), .init(.change, "6.3", "%", "社会消费品零售总额")]),
        Example("frame.addition-is-an-amount",
                "全年新增注册资本860.5亿元，新建绿道120公里，城镇新增就业12.3万人。",
                [.init(.level, "860.5", "亿元", "新增注册资本"), .init(.level, "120", "公里", "新建绿道"),
                 .init(.level, "12.3", "万人", "城镇新增就业")]),
        Example("frame.added-capacity-is-a-change",
                "今年以来风电新增装机85万千瓦，光伏新增并网容量60万千瓦。",
                [.init(.change, "85", "万千瓦", "风电装机", exact: true), .init(.change, "60", "万千瓦", "光伏并网容量", exact: true)]),
        Example("subject.listed-company-before-its-stock-code",
                "本报讯 某某能源(1234)昨日公布，今年5月的原煤产量为1,820万吨，按年小幅减少1.5%。",
                [.init(.level, "1820", "万吨", "原煤产量", exact: true, subject: "某某能源"),
                 .init(.change, "1.5", "%", "原煤产量", exact: true, subject: "某某能源")]),
        Example("metric.degree-adverb-is-no-metric",
                "全年发电量860亿千瓦时，同比大幅增长12.5%。",
                [.init(.level, "860", "亿千瓦时", "发电量", exact: true), .init(.change, "12.5", "%", "发电量", exact: true)]),
        Example("basis.earlier-ten-days-and-months",
                "本旬重点钢企粗钢日产210万吨，比上一旬增加3.2万吨；1-7月利润降幅比1-6月份收窄0.9个百分点。",
                [.init(.change, "3.2", "万吨", "粗钢日产"), .init(.change, "0.9", "百分点", "利润降幅", exact: true)],
                exhaustive: false),
        Example("year.cause-clause-year-is-not-the-figures",
                "2025年某某电力年报\n\n全年售电量按年下跌1.2%，主要由于2024年气温较高推高了比较基数。",
                [.init(.change, "1.2", "%", "售电量", year: 2025)]),
        Example("goal.reached-goal-is-no-goal",
                "20个考核断面中18个达到年度考核目标；其中湖体断面总磷平均浓度为0.061毫克/升，同比下降8.2%。",
                [.init(.level, "0.061", "毫克/升", "总磷平均浓度"), .init(.change, "8.2", "%", "总磷平均浓度")],
                exhaustive: false),
        Example("goal.striving-to-reach-a-goal-stays-a-goal",
                "公司力争完成年度目标，单位产品能耗下降3%。",
                [.init(.target, "3", "%", "单位产品能耗")]),
        Example("period.compared-period-is-no-period",
                "1-8月某某集团营业收入降幅比1-7月份收窄1.2个百分点。",
                [.init(.change, "1.2", "百分点", "营业收入降幅")]),
        Example("subject.traditional-words-of-goals-and-lists",
                "某某鋼鐵集團力爭2025年噸鋼綜合能耗降低5%。",
                [.init(.target, "5", "%", "吨钢综合能耗")]),
        Example("metric.per-capita-components",
                "全年农村居民人均可支配收入21560元，比上年增长6.4%。其中，工资性收入9120元，增长7.1%；\n经营净收入6010元，增长5.2%。全年粮食产量310.2万吨。",
                [.init(.level, "21560", "元", "农村居民人均可支配收入", exact: true), .init(.change, "6.4", "%", "农村居民人均可支配收入", exact: true),
                 .init(.level, "9120", "元", "农村居民人均工资性收入", exact: true), .init(.change, "7.1", "%", "农村居民人均工资性收入", exact: true),
                 .init(.level, "6010", "元", "农村居民人均经营净收入", exact: true), .init(.change, "5.2", "%", "农村居民人均经营净收入", exact: true),
                 .init(.level, "310.2", "万吨", "粮食产量", exact: true)]),
        Example("metric.component-needs-a-per-capita-parent-and-its-head",
                "全年一般公共预算收入420.6亿元，增长3.5%，其中税收收入310.2亿元。居民人均消费支出18200元，其中服务性消费占比45.1%。",
                [.init(.level, "420.6", "亿元", "一般公共预算收入", exact: true), .init(.change, "3.5", "%", "一般公共预算收入", exact: true),
                 .init(.level, "310.2", "亿元", "税收收入", exact: true), .init(.level, "18200", "元", "居民人均消费支出", exact: true),
                 .init(.level, "45.1", "%", "服务性消费占比", exact: true)]),
        Example("frame.condition-continues-the-metric",
                "一般公共预算收入980.1亿元，扣除退税因素后增长4.2%，按自然口径计算增长1.1%。",
                [.init(.level, "980.1", "亿元", "一般公共预算收入"), .init(.change, "4.2", "%", "一般公共预算收入"),
                 .init(.change, "1.1", "%", "一般公共预算收入")]),
        Example("frame.threshold-is-no-figure",
                "统计范围为年营业收入2000万元及以上的服务业企业。",
                []),
        Example("frame.story-count-is-no-level",
                "他们在一线扎根15年，车间职工仅有20余名。",
                []),
        Example("subject.list-sharing-one-metric",
                "2024年某某省能源统计公报\n\n东部、中部和西部地区用电量同比分别增长6.2%、4.8%和3.1%。",
                [.init(.change, "6.2", "%", "用电量", subject: "东部地区", year: 2024),
                 .init(.change, "4.8", "%", "用电量", subject: "中部地区", year: 2024),
                 .init(.change, "3.1", "%", "用电量", subject: "西部地区", year: 2024)]),
        Example("subject.collective-scope",
                "2022年，重点调查钢铁企业粗钢产量5.6亿吨，同比下降1.9%。",
                [.init(.level, "5.6", "亿吨", "粗钢产量", subject: "重点调查钢铁企业", year: 2022),
                 .init(.change, "1.9", "%", "粗钢产量", subject: "重点调查钢铁企业", year: 2022)]),
        Example("subject.traditional-name-with-a-period-word",
                "華能國際全年發電量按年增加3.5%。",
                [.init(.change, "3.5", "%", "发电量", subject: "华能国际")]),
        // Years and bases
        Example("year.comparison-year-is-the-basis",
                "2022年，全市森林覆盖率较2018年提高3.2个百分点。",
                [.init(.change, "3.2", "百分点", "森林覆盖率", year: 2022)]),
        Example("year.year-end-stays-in-the-metric",
                "2021年某某市国民经济和社会发展统计公报\n\n年末常住人口865.3万人，比上年末增加4.1万人。",
                [.init(.level, "865.3", "万人", "年末常住人口", subject: "某某市", year: 2021),
                 .init(.change, "4.1", "万人", "年末常住人口", subject: "某某市", year: 2021)]),
        // Lists after a colon: members that name no metric take the one that opened the list
        Example("pairing.list-members-take-the-opening-measure",
                "2025年1-10月，重点联系企业粗钢产量合计8.1亿吨。其中，前两家企业情况如下：甲钢铁集团10500万吨，同比增长3.2%；乙钢铁公司6200万吨，同比下降1.5%。",
                [.init(.level, "8.1", "亿吨", "粗钢产量", subject: "重点联系企业", year: 2025),
                 .init(.level, "10500", "万吨", "粗钢产量", exact: true, subject: "甲钢铁集团", year: 2025),
                 .init(.change, "3.2", "%", "粗钢产量", exact: true, subject: "甲钢铁集团", year: 2025),
                 .init(.level, "6200", "万吨", "粗钢产量", exact: true, subject: "乙钢铁公司", year: 2025),
                 .init(.change, "1.5", "%", "粗钢产量", exact: true, subject: "乙钢铁公司", year: 2025)]),
        Example("pairing.list-members-in-sentences-of-their-own",
                "2024年全国规模以上企业原煤产量47.6亿吨。十家大型企业具体情况为：\n\n丙能源集团6.2亿吨，比上年增长1.1%。丁矿业公司2.9亿吨，比上年下降0.4%。",
                [.init(.level, "47.6", "亿吨", "原煤产量", year: 2024),
                 .init(.level, "6.2", "亿吨", "原煤产量", exact: true, subject: "丙能源集团", year: 2024),
                 .init(.change, "1.1", "%", "原煤产量", exact: true, subject: "丙能源集团", year: 2024),
                 .init(.level, "2.9", "亿吨", "原煤产量", exact: true, subject: "丁矿业公司", year: 2024),
                 .init(.change, "0.4", "%", "原煤产量", exact: true, subject: "丁矿业公司", year: 2024)]),
        Example("pairing.list-member-of-another-unit-takes-no-measure",
                "全年原煤产量3.2亿吨。主要企业如下：甲矿业集团营收1200亿元。",
                [.init(.level, "3.2", "亿吨", "原煤产量"), .init(.level, "1200", "亿元", "营收", subject: "甲矿业集团")]),
        Example("pairing.bare-item-is-measured-as-the-paragraphs-measure",
                "本旬某某钢厂平均日产粗钢22.7万吨，环比下降2.1%；生铁19.8万吨，环比下降3.0%。",
                [.init(.level, "22.7", "万吨", "平均日产粗钢"), .init(.change, "2.1", "%", "平均日产粗钢"),
                 .init(.level, "19.8", "万吨", "平均日产生铁", exact: true), .init(.change, "3", "%", "平均日产生铁", exact: true)]),
        Example("pairing.bare-item-takes-the-measures-head",
                "全年发电量比上年增加2.1%，其余燃煤减少0.4%、燃油减少25.5%。",
                [.init(.change, "2.1", "%", "发电量"), .init(.change, "0.4", "%", "燃煤发电量", exact: true),
                 .init(.change, "25.5", "%", "燃油发电量", exact: true)]),
        Example("pairing.bare-item-of-another-unit-or-a-saving-stays-as-written",
                "单位产品电耗下降到13200千瓦时/吨，全年节约标准煤约2.3万吨。",
                [.init(.level, "13200", "千瓦时/吨", "单位产品电耗"), .init(.change, "2.3", "万吨", "标准煤", exact: true)],
                exhaustive: false),
        Example("subject.collective-that-produces",
                "3月上旬，重点统计钢铁企业分别生产粗钢2271.3万吨、生铁1987.8万吨。",
                [.init(.level, "2271.3", "万吨", "粗钢产量", subject: "重点统计钢铁企业"),
                 .init(.level, "1987.8", "万吨", "生铁产量", subject: "重点统计钢铁企业")]),
        Example("subject.member-enterprises-are-a-collective",
                "一季度，会员钢铁企业总能耗同比下降9.0%，外排废水总量同比下降17.4%。",
                [.init(.change, "9", "%", "总能耗", subject: "会员钢铁企业"), .init(.change, "17.4", "%", "外排废水总量", subject: "会员钢铁企业")]),
        Example("subject.a-place-named-in-a-sentence-carries-to-the-next",
                "2017年，某某省大气环境质量保持稳定。长株潭地区平均优良天数比例为73.2%。PM10浓度为78微克/立方米，同比下降2.5%。其中，长沙市优良天数比例为71.8%。PM2.5浓度为50微克/立方米。",
                [.init(.level, "73.2", "%", "平均优良天数比例", subject: "长株潭地区"),
                 .init(.level, "78", "微克/立方米", "PM10浓度", subject: "长株潭地区"),
                 .init(.change, "2.5", "%", "PM10浓度", subject: "长株潭地区"),
                 .init(.level, "71.8", "%", "优良天数比例", subject: "长沙市"),
                 .init(.level, "50", "微克/立方米", "PM2.5浓度", subject: "长株潭地区")]),
        // Page furniture: datelines, metadata lines, the place a news text is from
        Example("subject.dateline-head-is-no-subject",
                "某某铝业公司召开年中工作会。\n\n【本报讯】上半年氧化铝产量达到120万吨，同比增长6.5%。",
                [.init(.level, "120", "万吨", "氧化铝产量", subject: "某某铝业公司"),
                 .init(.change, "6.5", "%", "氧化铝产量", subject: "某某铝业公司")]),
        Example("subject.metadata-line-names-no-subject",
                "全年空气质量公布\n\n来源：某某木业厂\n\nPM2.5平均浓度为35微克/立方米，同比下降2.1%。",
                [.init(.level, "35", "微克/立方米", "PM2.5平均浓度", subject: Expected.noSubject),
                 .init(.change, "2.1", "%", "PM2.5平均浓度", subject: Expected.noSubject)]),
        Example("subject.region-word-is-the-province-of-the-opening-lines",
                "湖南日报讯（记者 某某）省生态环境厅今日发布全年环境质量状况。\n\n2024年，我省PM2.5平均浓度为35微克/立方米，同比下降2.1%。",
                [.init(.level, "35", "微克/立方米", "PM2.5平均浓度", subject: "湖南省", year: 2024),
                 .init(.change, "2.1", "%", "PM2.5平均浓度", subject: "湖南省", year: 2024)]),
        Example("subject.region-word-is-the-city-of-the-source-line",
                "前三季度我市环境质量持续改善\n\n来源：某某市政府门户网 2024年10月16日16:47\n\n1-9月，我市空气质量优良率99.6%，同比提高1.1个百分点。",
                [.init(.level, "99.6", "%", "空气质量优良率", subject: "某某市", year: 2024),
                 .init(.change, "1.1", "百分点", "空气质量优良率", subject: "某某市", year: 2024)]),
        Example("year.dateline-is-the-report-year",
                "[2024-07-15] 某某铝业上半年产量公布\n\n该公司上半年电解铝产量52.1万吨，高于去年同期的50.2万吨。今年首5个月氧化铝产量升3.1%。",
                [.init(.level, "52.1", "万吨", "电解铝产量", year: 2024), .init(.change, "3.1", "%", "氧化铝产量", year: 2024)],
                exhaustive: false),
        Example("year.event-date-is-no-reporting-year",
                "[2003-06-20] 某某铝业扩建完工\n\n1995年9月建成的一期项目年产能45万吨。该公司今年氧化铝产量可达60万吨，高于去年的45万吨。",
                [.init(.level, "45", "万吨", "年产能", year: 2003)], exhaustive: false),
        // Ranges, pairs, moving values
        Example("pairing.range-is-two-bounds",
                "预计全年钢材需求增长3%—5%。",
                [.init(.target, "3", "%", "钢材需求"), .init(.target, "5", "%", "钢材需求")]),
        Example("pairing.change-and-the-level-reached",
                "清洁能源消费占比提高1.9个百分点至31.2%。",
                [.init(.change, "1.9", "百分点", "清洁能源消费占比"), .init(.level, "31.2", "%", "清洁能源消费占比")]),
        Example("frame.improvement-follows-polarity",
                "全市细颗粒物平均浓度改善9.1%。",
                [.init(.change, "9.1", "%", "细颗粒物平均浓度")]),
        Example("layout.flattened-table-gives-no-metric",
                "-0.3万吨612.4-7.5万吨12.1-33.8",
                []),
        // Units
        Example("unit.compound",
                "全年旅客周转量612.4亿人公里，货物周转量388.2亿吨公里，机场起降12.6万架次，接待游客3120万人次。",
                [.init(.level, "612.4", "亿人公里", "旅客周转量"), .init(.level, "388.2", "亿吨公里", "货物周转量"),
                 .init(.level, "12.6", "万架次", "起降"), .init(.level, "3120", "万人次", "游客")], exhaustive: false),
        Example("unit.classifiers",
                "生猪出栏312.5万头，增长2.2%。全年开行班列1850列，发生事故56起。",
                [.init(.level, "312.5", "万头", "生猪出栏"), .init(.change, "2.2", "%", "生猪出栏"),
                 .init(.level, "1850", "列", "班列"), .init(.level, "56", "起", "事故")], exhaustive: false),
        // Layout
        Example("layout.page-footer-inside-a-sentence",
                "全年规模以上工业增加值3456.7亿元，\n— 3 —\n\n比上年增长7.7%。",
                [.init(.level, "3456.7", "亿元", "规模以上工业增加值"), .init(.change, "7.7", "%", "规模以上工业增加值")]),
        Example("layout.footnote-marker-between-metric-and-value",
                "全年建设用地供应总量[12]45.6万公顷，比上年下降[13]3.3%。",
                [.init(.level, "45.6", "万公顷", "建设用地供应总量"), .init(.change, "3.3", "%", "建设用地供应总量")]),
        Example("layout.notes-section-states-no-figure",
                "全年发电量1234亿千瓦时。\n\n注释\n\n[1]规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位，共5个门类。",
                [.init(.level, "1234", "亿千瓦时", "发电量")]),
    ]
}
