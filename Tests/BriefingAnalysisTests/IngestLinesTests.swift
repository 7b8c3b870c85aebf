import Testing
@testable import BriefingAnalysis

/// Pass 3: joining lines broken by PDF extraction; paragraph breaks; vertical titles.
@Suite struct IngestLinesTests {
    let norm = IngestTestSupport.norm

    @Test func fullLineContinuesAcrossBlankLine() {
        let s = """
        答：2024 年，中铝集团氮氧化物排放量同比下

        降 4.76%，化学需氧量、氨氮排放量分别同比下降
        12.43%、10.85%；铜冶炼、铝加工化学需氧量排放强
        度同比分别下降14.81%、34.57%。
        """
        #expect(norm(s) == "答:2024年,中铝集团氮氧化物排放量同比下降4.76%,化学需氧量、氨氮排放量分别同比下降12.43%、10.85%;铜冶炼、铝加工化学需氧量排放强度同比分别下降14.81%、34.57%。")
    }

    @Test func formLinesWithLabelsStayApart() {
        // An environmental disclosure form: one "label：value" item a line, however wide.
        let form = "主要污染物：颗粒物、二氧化硫、氮氧化物\n排放浓度：颗粒物8.2mg/m³，二氧化硫35mg/m³，氮氧化物86mg/m³\n核定排放总量：氮氧化物1200吨/年"
        #expect(norm(form) == "主要污染物:颗粒物、二氧化硫、氮氧化物\n排放浓度:颗粒物8.2mg/m³,二氧化硫35mg/m³,氮氧化物86mg/m³\n核定排放总量:氮氧化物1200吨/年")
        // In prose a line may start at a label by chance: it still continues the sentence.
        let prose = "公司负责人在会上介绍了全年的工作情况并\n表示：今年全年氮氧化物排放量同比下降5%。"
        #expect(norm(prose) == "公司负责人在会上介绍了全年的工作情况并表示:今年全年氮氧化物排放量同比下降5%。")
    }

    @Test func sentenceEndBreaksParagraph() {
        let s = "这是第一段的第一行文字内容很长很长\n第一段到此结束了。\n第二段开始这里也是一行很长的文字\n第二段结束。"
        #expect(norm(s) == "这是第一段的第一行文字内容很长很长第一段到此结束了。\n第二段开始这里也是一行很长的文字第二段结束。")
    }

    @Test func closingQuoteAfterSentenceEnd() {
        let s = "他说：“这几年的水质都能养鱼了！”\n下一段落的文字从这里开始写起来。"
        #expect(norm(s) == "他说:“这几年的水质都能养鱼了!”\n下一段落的文字从这里开始写起来。")
    }

    @Test func headingBetweenBlankLinesStaysSeparate() {
        let s = """
        团员青年聚焦主责主业，思考三个根本
        问题，以永远昂扬的斗志践行初心使命。

        牢记共青团干部初心

        刚参加工作时，李锋帆在思茅山水选
        矿厂任团支部书记、技术员。长期身处
        """
        #expect(norm(s) == "团员青年聚焦主责主业,思考三个根本问题,以永远昂扬的斗志践行初心使命。\n牢记共青团干部初心\n刚参加工作时,李锋帆在思茅山水选矿厂任团支部书记、技术员。长期身处")
    }

    @Test func fullLineDoesNotSwallowFollowingHeading() {
        let s = "中铝集团两家上市公司获评投资者关系管理最佳实践\n\n简明新闻\n\n走进东轻中厚板厂看不到人来人往也不见火星四溅。"
        #expect(norm(s) == "中铝集团两家上市公司获评投资者关系管理最佳实践\n简明新闻\n走进东轻中厚板厂看不到人来人往也不见火星四溅。")
    }

    @Test func bracketHeadIsItsOwnParagraph() {
        let s = """
        【中铝高端】
        聚焦减污，大力开展污染治理和提标改造工

        作，做到“增产不增污”，污染物排放强度同比持续
        下降，主要污染物排放强度较上年均下降5%以上。
        """
        #expect(norm(s) == "【中铝高端】\n聚焦减污,大力开展污染治理和提标改造工作,做到“增产不增污”,污染物排放强度同比持续下降,主要污染物排放强度较上年均下降5%以上。")
    }

    @Test func blockStartsBreak() {
        let s = """
        围绕这些问题，近日记者采访了集团安全环保健康部负
        问：中铝集团是如何持续完善生态环境保护管
        理体制机制的？
        答：2024年以来，中铝集团在原来基础上进行
        □ 赵 桐
        一、总体情况说明如下各项工作稳步推进之中
        """
        #expect(norm(s) == "围绕这些问题,近日记者采访了集团安全环保健康部负\n问:中铝集团是如何持续完善生态环境保护管理体制机制的?\n答:2024年以来,中铝集团在原来基础上进行\n□赵桐\n一、总体情况说明如下各项工作稳步推进之中")
    }

    @Test func numberBrokenAcrossLines() {
        #expect(norm("氮氧化物排放量同比下降4.\n76%，化学需氧量下降") == "氮氧化物排放量同比下降4.76%,化学需氧量下降")
        #expect(norm("减少二氧化碳排放8.2万\n吨，相当于植树造林") == "减少二氧化碳排放8.2万吨,相当于植树造林")
        #expect(norm("排放 8.2 万\n\n吨，相当于") == "排放8.2万吨,相当于")
    }

    @Test func clausePunctuationAtLineEndContinues() {
        #expect(norm("短行，\n接着写。") == "短行,接着写。")
        #expect(norm("铅、铜、\n银等有价金属。") == "铅、铜、银等有价金属。")
    }

    @Test func shortLastLineWithoutPunctuationEndsParagraph() {
        let s = "中铝集团工会举办2025年班组长综合管理\n技能培训比武\n\n本报讯 近日，中铝集团工会举办培训比武。"
        #expect(norm(s) == "中铝集团工会举办2025年班组长综合管理技能培训比武\n本报讯近日,中铝集团工会举办培训比武。")
    }

    @Test func verticalTitleBecomesOneParagraph() {
        let s = "下面是标题文字所在的一行内容很长。\n\n东\n轻\n：\n以\n数\n智\n革\n命\n\n□\n王\n秀\n晶\n\n本报讯 近日，中铝集团工会"
        #expect(norm(s) == "下面是标题文字所在的一行内容很长。\n东轻:以数智革命\n□王秀晶\n本报讯近日,中铝集团工会")
    }

    @Test func twoSingleCharacterLinesAreNotVertical() {
        #expect(norm("标题\n\n甲\n乙\n\n正文。") == "标题\n甲\n乙\n正文。")
    }

    @Test func bylineAfterSentenceEnd() {
        let s = "为企业高质量发展提供可复制的班组\n管理样板。 （李 哲）\n中铝集团两家上市公司获评最佳实践"
        #expect(norm(s) == "为企业高质量发展提供可复制的班组管理样板。(李哲)\n中铝集团两家上市公司获评最佳实践")
    }

    @Test func asciiWordsJoinWithSpace() {
        #expect(norm("the emissions of the plant were\nreduced by half this year, as the") == "the emissions of the plant were reduced by half this year, as the")
    }

    @Test func photoCreditEndsParagraph() {
        #expect(norm("图⑥为东南铜业俯瞰图。 柴毓绩 摄\n“以一为基谋新局 勇争第一创价值”") == "图⑥为东南铜业俯瞰图。柴毓绩摄\n“以一为基谋新局勇争第一创价值”")
    }

    @Test func oneLongLine() {
        let s = String(repeating: "排放量同比下降4.76%，", count: 1000)
        #expect(norm(s) == s.replacingOccurrences(of: "，", with: ","))
    }
}
