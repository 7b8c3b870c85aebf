import Foundation

/// Generates varied report-like Chinese text: news paragraphs, bulletin sentences and filler
/// prose with figures in many phrasings, broken into PDF-like lines. Deterministic for a seed.
struct CorpusGenerator {
    private var state: UInt64
    /// Share of sentences that state figures, in percent. Real reports: the sample has about
    /// one figure per 1.3 KB; 15% of sentences gives about that.
    let figureShare: Int
    /// Sentences of real report prose to recombine as filler (real vocabulary and rhythm);
    /// empty: characters drawn from a small built-in pool.
    let proseSentences: [String]

    init(seed: UInt64, figureShare: Int = 15, proseSentences: [String] = []) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        self.figureShare = figureShare
        self.proseSentences = proseSentences
    }

    /// The sentences of a text, line breaks removed, for `proseSentences`.
    static func sentences(of text: String) -> [String] {
        text.replacingOccurrences(of: "\n", with: "")
            .split(whereSeparator: { "。！？".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.count >= 8 }
    }

    private mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    private mutating func decimal() -> String { "\(int(1...99)).\(int(0...99))" }

    static let subjects = ["中铝集团", "华东铝业有限公司", "西南铜业", "云铜锌业", "某矿业公司", "全市", "全省", "该公司", "连城分公司", "包头铝业"]
    static let metrics = ["氮氧化物排放量", "二氧化硫排放量", "化学需氧量排放量", "氨氮排放强度", "综合能耗", "单位产品能耗",
                          "一般工业固废综合利用率", "赤泥综合利用率", "电解铝产量", "铜加工材产量", "营业收入", "新能源发电量",
                          "工业用水重复利用率", "颗粒物排放浓度", "再生铝消纳量"]
    static let verbs = ["下降", "降低", "减少", "增长", "增加", "提高", "提升", "上升", "回落"]
    static let bases = ["同比", "比上年", "较上年", "环比", "较2020年", ""]
    static let units = ["万吨", "亿千瓦时", "兆瓦", "亿元", "吨标煤/吨铝", "万立方米"]
    static let filler = Array("坚持以习近平新时代中国特色社会主义思想为指导深入贯彻落实党的二十大精神围绕高质量发展主题持续推进绿色低碳转型强化科技创新引领不断提升管理水平加快构建现代产业体系扎实推动各项工作落地见效积极履行社会责任")

    private mutating func prose(_ count: Int) -> String {
        if !proseSentences.isEmpty { return pick(proseSentences) }
        var s = ""
        for _ in 0..<count { s.append(Self.filler[int(0...(Self.filler.count - 1))]) }
        return s
    }

    /// One sentence with figures, in one of several phrasings.
    mutating func sentence() -> String {
        let year = int(2019...2025)
        switch int(0...7) {
        case 0: return "\(year)年，\(pick(Self.subjects))\(pick(Self.metrics))\(pick(Self.bases))\(pick(Self.verbs))\(decimal())%。"
        case 1: return "\(pick(Self.subjects))全年减少二氧化碳排放\(decimal())万吨，节约标煤\(int(100...9000))吨以上。"
        case 2: return "化学需氧量、氨氮排放量分别同比下降\(decimal())%、\(decimal())%；铜冶炼、铝加工颗粒物排放强度同比分别下降\(decimal())%、\(decimal())%。"
        case 3: return "全年\(pick(Self.metrics))\(decimal())\(pick(Self.units))，比上年增长\(decimal())%，增速回落\(int(1...9)).\(int(0...9))个百分点。"
        case 4: return "\(prose(int(10...40)))，\(pick(Self.metrics))达到\(int(50...100))%以上，约合\(int(1...900))万元。"
        case 5: return "力争到\(year + 2)年，\(pick(Self.metrics))较\(year)年下降\(int(2...20))%，一季度环比增长约\(decimal())%。"
        case 6: return "“十四五”以来，一是\(prose(int(8...20)))，二是\(prose(int(8...20)))，执行GB 25465-2010标准，电话0871-12345678。"
        default: return prose(int(20...80)) + "。"
        }
    }

    /// A document of about `bytes` UTF-8 bytes, broken into lines of 14–26 characters with
    /// blank lines, headings and 【section】 heads as PDF extraction leaves them.
    mutating func document(bytes: Int) -> String {
        var out = "\(int(2019...2025))年\(pick(Self.subjects))环境绩效简报\n\n"
        var paragraph = ""
        while out.utf8.count < bytes {
            paragraph += int(0...99) < figureShare ? sentence() : prose(int(20...70)) + "。"
            if int(0...3) == 0 {
                var line = ""
                for ch in paragraph {
                    line.append(ch)
                    if line.count >= int(14...26) { out += line + "\n"; line = ""; if int(0...15) == 0 { out += "\n" } }
                }
                out += line + "\n\n"
                paragraph = ""
                if int(0...9) == 0 { out += "【\(pick(Self.subjects))】\n" }
            }
        }
        return out
    }
}
