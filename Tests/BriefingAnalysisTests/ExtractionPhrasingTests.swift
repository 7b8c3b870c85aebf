import BriefingAnalysis
import Foundation
import Testing

/// Every phrasing the extractor supports, each on its own small text.
@Suite struct ExtractionPhrasingTests {
    @Test(arguments: [
        ("下降", Figure.Direction.down), ("降低", .down), ("减少", .down), ("减排", .down), ("回落", .down),
        ("下滑", .down), ("收窄", .down), ("节约", .down), ("增长", .up), ("增加", .up), ("提高", .up),
        ("提升", .up), ("上升", .up), ("新增", .up), ("飙升", .up), ("扩大", .up),
    ])
    func directionVerbAfterTheMetric(verb: String, direction: Figure.Direction) throws {
        let f = try #require(Extract.changes("2024年，某公司颗粒物排放量同比\(verb)12.5%。").first, "\(Extract.figures("2024年，某公司颗粒物排放量同比\(verb)12.5%。"))")
        #expect(f.direction == direction)
        #expect(f.metric == "颗粒物排放量")
        #expect(f.value == Decimal("12.5") && f.unit == "%")
        #expect(f.basis == .yoy && f.year == 2024 && f.subject == "某公司")
    }

    @Test(arguments: ["减少", "降低", "节约", "削减"])
    func directionVerbBeforeTheMetric(verb: String) throws {
        let f = try #require(Extract.changes("该厂全年\(verb)二氧化硫排放1.5万吨。").first)
        #expect(f.direction == .down && f.metric == "二氧化硫排放量")
        #expect(f.value == Decimal("1.5") && f.unit == "万吨" && f.baseValue == 15000 && f.baseUnit == "吨")
        #expect(f.improved == true)
    }

    @Test(arguments: [
        ("过去一年，全省地区生产总值增长5.1%。", 2024),
        ("去年，全省地区生产总值增长5.1%。", 2024),
        ("今年，全省地区生产总值增长5.1%。", 2025),
        ("力争明年全省地区生产总值增长6%。", 2026),
        // Bases and spans are no reporting years: the report's own year.
        ("全省地区生产总值较去年同期增长5.1%。", 2025),
        ("去年以来，全省地区生产总值增长5.1%。", 2025),
        ("全省地区生产总值比上年增长5.1%。", 2025),
    ])
    func yearsRelativeToTheReport(sentence: String, year: Int) throws {
        let text = "2025年政府工作报告\n\n\(sentence)"
        let f = try #require(Extract.figures(text).first { $0.metric == "地区生产总值" }, "\(Extract.figures(text))")
        #expect(f.year == year)
    }

    @Test func aRespectivelyListWithAVerbForEachValue() {
        let f = Extract.changes("全年原煤、原油产量分别增长3.1%和下降2.4%。")
        #expect(f.map(\.metric) == ["原煤产量", "原油产量"], "\(f.map(\.metric))")
        #expect(f.map(\.direction) == [.up, .down])
    }

    @Test func aSignedValueAfterABasisIsAChange() throws {
        let f = try #require(Extract.figures("2024年，全省单位增加值能耗同比-3.5%。").first)
        #expect(f.kind == .change && f.direction == .down && f.value == Decimal(string: "3.5") && f.basis == .yoy)
        #expect(f.improved == true)
    }

    @Test func fromOneYearsLevelToAnother() {
        let f = Extract.figures("全省煤炭消费比重由2023年的45.2%下降到2024年的43.6%。")
        #expect(f.map(\.year) == [2023, 2024] && f.allSatisfy { $0.kind == .level && $0.metric == "煤炭消费比重" }, "\(f)")
        // Without its year the old level is only where the change starts.
        #expect(Extract.figures("全省煤炭消费比重由45.2%下降到43.6%。").map(\.value) == [Decimal(string: "43.6")!])
    }

    @Test func ratesAndIndicesWithoutAUnit() {
        let f = Extract.figures("2024年，某公司环境空气质量综合指数为4.12，百万工时损工事故率为0.12。综合能耗系数0.85。")
        #expect(f.map(\.metric) == ["环境空气质量综合指数", "百万工时损工事故率", "综合能耗系数"], "\(f.map(\.metric))")
        #expect(f.allSatisfy { $0.kind == .level && $0.unit == "" })
        #expect(f.map(\.value) == [Decimal(string: "4.12")!, Decimal(string: "0.12")!, Decimal(string: "0.85")!])
        // A bare number that is no rate, or that runs on into words, is no figure.
        #expect(Extract.figures("某公司共有员工1200，事故率为3起步阶段。").isEmpty)
    }

    @Test func substanceAfterTheValueIsWhatIsEmitted() throws {
        let f = try #require(Extract.changes("该厂全年减排8.2万吨二氧化碳。").first)
        #expect(f.metric == "二氧化碳排放量" && f.direction == .down && f.value == Decimal(string: "8.2") && f.unit == "万吨")
        #expect(f.improved == true)
        // A metric named before the verb stays the metric.
        let g = try #require(Extract.changes("温室气体排放量减少120万吨二氧化碳当量。").first)
        #expect(g.metric == "温室气体排放量" && g.unit == "万吨二氧化碳当量")
    }

    @Test func verbFirstWithNounBeforeTheVerb() throws {
        let f = try #require(Extract.changes("2024年，某集团新能源新增装机300兆瓦。").first)
        #expect(f.metric == "新能源装机" && f.direction == .up && f.value == 300 && f.unit == "兆瓦" && f.subject == "某集团")
    }

    @Test(arguments: [
        ("同比", Figure.Basis.yoy), ("比上年", .yoy), ("较上年", .yoy), ("比去年同期", .yoy), ("环比", .priorPeriod),
        ("较2019年", .basePeriod), ("比“十三五”末", .basePeriod), ("较基准年", .basePeriod),
    ])
    func basisOfComparison(phrase: String, basis: Figure.Basis) throws {
        let f = try #require(Extract.changes("2024年全市单位工业增加值能耗\(phrase)下降3.2%。").first)
        #expect(f.basis == basis)
        #expect(f.metric == "单位工业增加值能耗")
        #expect(f.year == 2024, "a base year is not the reporting year")
        #expect(f.subject == "全市")
    }

    @Test func basisFromALeadingClause() throws {
        let f = try #require(Extract.changes("与上年相比，全省化学需氧量排放总量下降2.1%。").first)
        #expect(f.basis == .yoy && f.subject == "全省" && f.metric == "化学需氧量排放总量")
    }

    @Test func listWithRespectivelyAndSharedHead() {
        let f = Extract.changes("化学需氧量、氨氮排放量分别同比下降12.43%、10.85%。")
        #expect(f.map(\.metric) == ["化学需氧量排放量", "氨氮排放量"])
        #expect(f.map(\.value) == [Decimal("12.43"), Decimal("10.85")])
    }

    @Test func listOfSectorsAsSubjects() {
        let f = Extract.changes("铜冶炼、铝加工化学需氧量排放强度同比分别下降14.81%、34.57%。")
        #expect(f.map(\.subject) == ["铜冶炼", "铝加工"])
        #expect(f.map(\.metric) == ["化学需氧量排放强度", "化学需氧量排放强度"])
    }

    @Test func listJoinedByAndWithoutRespectively() {
        let f = Extract.changes("二氧化硫和氮氧化物排放量同比下降8.1%和6.3%。")
        #expect(f.map(\.metric) == ["二氧化硫排放量", "氮氧化物排放量"])
        #expect(f.map(\.value) == [Decimal("8.1"), Decimal("6.3")])
    }

    @Test func respectivelyTwiceInOneSentence() {
        let f = Extract.figures("化学需氧量、氨氮排放量分别为3.2万吨、0.41万吨，分别下降4.1%和3.6%。")
        #expect(f.filter { $0.kind == .level }.map(\.metric) == ["化学需氧量排放量", "氨氮排放量"])
        let changes = f.filter { $0.kind == .change }
        #expect(changes.map(\.metric) == ["化学需氧量排放量", "氨氮排放量"])
        #expect(changes.map(\.value) == [Decimal("4.1"), Decimal("3.6")])
    }

    @Test func listWhoseCountsDoNotMatchIsSkippedWithAWarning() {
        let r = Extract.result("烟尘、粉尘、二氧化硫排放量分别下降3%、4%。")
        #expect(r.figures.isEmpty)
        #expect(r.warnings.count == 1)
        #expect(r.warnings.first?.message.contains("3 metric(s) but 2 values") == true)
    }

    @Test func oneValueForAllWithJun() {
        let f = Extract.changes("主要污染物排放强度较上年均下降5%以上。")
        #expect(f.count == 1 && f[0].qualifier == .atLeast && f[0].basis == .yoy)
        let both = Extract.changes("化学需氧量、氨氮排放量均下降5%。")
        #expect(both.map(\.metric) == ["化学需氧量排放量", "氨氮排放量"])
    }

    @Test func metricMadeWholeFromThePreviousClause() throws {
        let f = try #require(Extract.changes("集团大力推进再生金属使用，2024年全年消纳量同比提升11.09%。").first)
        #expect(f.metric == "再生金属消纳量" && f.period == "全年" && f.year == 2024)
    }

    @Test func changeOfAGrowthRateIsAboutTheRate() throws {
        let f = Extract.changes("全年规模以上工业增加值比上年增长5.2%，增速回落2.1个百分点。")
        #expect(f.count == 2)
        #expect(f[1].metric == "规模以上工业增加值增速")
        #expect(f[1].unit == "百分点" && f[1].direction == .down && f[1].improved == false)
    }

    @Test func changeContinuingALevel() throws {
        let f = Extract.figures("全年粗钢产量1.2亿吨，比上年下降1.7%。")
        #expect(f.map(\.kind) == [.level, .change])
        #expect(f.map(\.metric) == ["粗钢产量", "粗钢产量"])
        #expect(f[1].quote == "全年粗钢产量1.2亿吨，比上年下降1.7%")
    }

    @Test func sectionHeadNamesTheSubject() throws {
        let f = try #require(Extract.changes("【中铝高端】\n全年外购再生铝消纳量同比增加32.1%，成效明显。").first)
        #expect(f.subject == "中铝高端" && f.metric == "外购再生铝消纳量")
    }

    @Test func anaphoraResolvesToTheOrganisationNamedBefore() throws {
        let text = "甘肃某铝业有限公司位于兰州。\n该公司2024年清洁能源使用占比达70%，减少二氧化碳排放8.2万吨。"
        let f = Extract.figures(text)
        #expect(f.map(\.subject) == ["甘肃某铝业有限公司", "甘肃某铝业有限公司"])
        #expect(f.map(\.kind) == [.level, .change])
    }

    @Test func noSubjectWhenNothingNamesOne() throws {
        let f = try #require(Extract.changes("氮氧化物排放量同比下降4.76%。").first)
        #expect(f.subject == nil && f.year == nil)
    }

    @Test func yearFromTheHeading() throws {
        let text = "2023年环境状况公报\n\n一、大气\n\n二氧化硫平均浓度为9微克/立方米，同比下降10%。"
        let f = Extract.changes(text)
        #expect(f.first?.year == 2023)
    }

    @Test(arguments: [("一季度", "一季度"), ("上半年", "上半年"), ("1-3月", "1-3月"), ("1—3月", "1-3月"), ("全年", "全年")])
    func periods(written: String, period: String) throws {
        let f = try #require(Extract.changes("2024年\(written)，公司原铝产量同比增长6.5%。").first)
        #expect(f.period == period && f.metric == "原铝产量")
    }

    @Test func oneMonthOfAYearIsThePeriodNotPartOfTheMetric() throws {
        let f = try #require(Extract.changes("某某能源(1234)公布，今年6月的原煤产量为1,820万吨，按年增加0.8%。").first)
        #expect(f.period == "6月" && f.metric == "原煤产量" && f.subject == "某某能源" && f.basis == .yoy)
        // A date is no period.
        let g = try #require(Extract.changes("截至2024年6月30日，公司原铝产量同比增长6.5%。").first)
        #expect(g.period == nil)
    }

    @Test func thePeriodComparedWithIsNotTheFiguresPeriod() throws {
        let f = try #require(Extract.changes("1-8月某某集团营业收入降幅比1-7月份收窄1.2个百分点。").first)
        #expect(f.period == "1-8月" && f.basis == .priorPeriod && f.metric == "营业收入降幅" && f.value == Decimal(string: "1.2"))
    }

    @Test func qualifiersAreKept() {
        let f = Extract.changes("烟尘排放量减少约1.2万吨，能耗下降5%左右，用水量减少600余万立方米，事故起数下降不到3%。")
        #expect(f.map(\.qualifier) == [.approx, .approx, .moreThan, .lessThan])
    }

    @Test func targetsAndReachedGoals() {
        let target = Extract.figures("力争到2025年，单位产品综合能耗较2020年下降5%，固废综合利用率达到80%以上。")
        #expect(target.map(\.kind) == [.target, .target])
        #expect(target.allSatisfy { $0.year == 2025 })
        #expect(target[0].basis == .basePeriod && target[0].direction == .down)
        let reached = Extract.figures("实现了“主要生产企业绿色工厂覆盖率达100%”的目标。")
        #expect(reached.map(\.kind) == [.level])
    }

    @Test func levelsWithVerbsAndShares() {
        let f = Extract.figures("赤泥综合利用率达20%，赤泥综合利用规模占全国的40%以上，铝灰综合利用率35%以上。")
        #expect(f.map(\.metric) == ["赤泥综合利用率", "赤泥综合利用规模占全国比重", "铝灰综合利用率"])
        // 占 right before the value: a share of a whole not named.
        let cities = Extract.figures("全年空气质量达标的城市占59.9%，未达标的城市占40.1%。")
        #expect(cities.map(\.metric) == ["空气质量达标的城市占比", "未达标的城市占比"], "\(cities.map(\.metric))")
        #expect(f.allSatisfy { $0.kind == .level && $0.category == .resources && $0.improved == nil })
    }

    @Test func newLevelAfterZhiIsALevel() throws {
        let f = try #require(Extract.figures("综合能耗由1.7吨标煤/吨降至1.63吨标煤/吨。").first)
        #expect(f.kind == .level && f.value == Decimal("1.63") && f.unit == "吨标煤/吨")
    }

    @Test func polarityFromTheTaxonomy() {
        let f = Extract.changes("万元产值能耗上升2%，一般工业固废综合利用率提高3%，氮氧化物排放量增加1%，营业收入增长9%。")
        #expect(f.map(\.improved) == [false, true, false, true])
        #expect(f.map(\.category) == [.energy, .resources, .emissions, .production])
    }

    @Test(arguments: [
        "二氧化碳是温室气体，一氧化碳有毒。",
        "一是加强领导，二是完善制度，三是强化考核。",
        "“十四五”时期，我们在第一线奋战。",
        "2024年6月5日，执行GB 25465-2010标准，咨询电话0871-12345678。",
        "全国火电机组能效对标竞赛是一项全国范围内的评比活动。",
        "相当于植树造林460万棵。",
        "提升绩效指标”等五项战略路线。",
    ])
    func wordsThatAreNotFigures(text: String) {
        #expect(Extract.figures(text).isEmpty, "\(Extract.figures(text).map(\.metric))")
    }

    @Test func negativeGrowthIsAFall() throws {
        let f = try #require(Extract.changes("全年原煤产量比上年增长-2.1%。").first)
        #expect(f.direction == .down && f.value == Decimal("2.1") && f.improved == false)
    }

    @Test(arguments: [("加快", Figure.Direction.up), ("放缓", .down), ("收窄", .down)])
    func rateVerbs(verb: String, direction: Figure.Direction) throws {
        let f = Extract.changes("全年规模以上工业增加值增长5.2%，增速比上年\(verb)0.8个百分点。")
        #expect(f.count == 2)
        #expect(f.last?.metric == "规模以上工业增加值增速" && f.last?.direction == direction && f.last?.basis == .yoy)
    }

    @Test func aLongOneLineTextStaysLinear() {
        // 20 000 sentences in one paragraph, each with a year, an organisation and figures.
        let sentence = "2024年，某铝业公司氨氮排放量同比下降1.5%，二氧化硫排放量减少300吨；"
        let text = String(repeating: sentence, count: 20_000)
        let figures = Extract.figures(text)
        #expect(figures.count == 40_000)
        #expect(figures.last?.subject == "某铝业公司" && figures.last?.year == 2024)
        // Subjects and years found by looking back over the paragraph (a city opening a clause,
        // 去年 relative to the title's year) are read once per paragraph, not once per figure.
        let unnamed = "2025年全市环境简报\n\n" + String(repeating: "去年，全市空气质量改善，氨氮排放量同比下降1.5%；", count: 20_000)
        let found = Extract.figures(unnamed)
        #expect(found.count == 20_000)
        #expect(found.last?.subject == "全市" && found.last?.year == 2024)
    }

    @Test func linesPointAtTheNumberInTheOriginal() {
        let text = "答：2024 年，中铝集团氮氧化物排放量同比下\n\n降 4.76%，化学需氧量排放量同比下降 8.\n2%，氨氮排放量减少。"
        let f = Extract.changes(text)
        #expect(f.map(\.line) == [3, 3])
        #expect(f.map(\.value) == [Decimal("4.76"), Decimal("8.2")])
    }
}
