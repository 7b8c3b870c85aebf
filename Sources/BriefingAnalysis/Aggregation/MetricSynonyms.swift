import Foundation

/// Spellings of one metric that reports use for the same thing, joined by an exact table and
/// nothing else: a spelling joins a series only when it stands here, character for character
/// (ASCII and full-width brackets and subscript digits count as the same characters). No
/// fuzzy matching: 固定资产投资 and 全社会固定资产投资 stay two metrics, as they are two
/// measures. Every join that happens is listed in the briefing's appendix.
public enum MetricSynonyms {
    /// The name a series takes, and the other spellings that mean it.
    public static let table: [(canonical: String, spellings: [String])] = [
        ("地区生产总值", ["地区生产总值（GDP）", "生产总值（GDP）", "GDP", "生产总值"]),
        ("人均地区生产总值", ["人均GDP", "人均生产总值"]),
        ("规模以上工业增加值", ["规上工业增加值", "规模以上工业企业增加值"]),
        ("规模以上工业企业营业收入", ["规上工业企业营业收入"]),
        ("规模以上工业企业利润总额", ["规上工业企业利润总额"]),
        ("社会消费品零售总额", ["社会消费品零售额"]),
        ("居民消费价格（CPI）", ["居民消费价格", "居民消费价格指数", "居民消费价格指数（CPI）", "CPI"]),
        ("全社会用电量", ["全社会用电总量"]),
        ("单位地区生产总值能耗", ["单位GDP能耗", "万元地区生产总值能耗", "万元GDP能耗", "单位地区生产总值能源消耗"]),
        ("二氧化硫排放量", ["SO2排放量", "二氧化硫（SO2）排放量"]),
        ("氮氧化物排放量", ["NOx排放量", "氮氧化物（NOx）排放量"]),
        ("化学需氧量排放量", ["COD排放量", "化学需氧量（COD）排放量"]),
        ("氨氮排放量", ["NH3-N排放量"]),
        ("二氧化碳排放量", ["CO2排放量"]),
        ("细颗粒物（PM2.5）平均浓度", ["PM2.5平均浓度", "细颗粒物平均浓度", "PM2.5年均浓度", "细颗粒物（PM2.5）年均浓度", "细颗粒物年均浓度"]),
        ("可吸入颗粒物（PM10）平均浓度", ["PM10平均浓度", "可吸入颗粒物平均浓度", "PM10年均浓度", "可吸入颗粒物（PM10）年均浓度"]),
        ("空气质量优良天数比例", ["优良天数比例", "空气优良天数比例", "环境空气质量优良天数比例"]),
        ("空气质量优良天数", ["优良天数", "空气优良天数"]),
    ]

    /// Spelling (folded) → canonical name.
    private static let index: [String: String] = {
        var index: [String: String] = [:]
        for (canonical, spellings) in table {
            index[fold(canonical)] = canonical
            for s in spellings {
                precondition(index[fold(s)] == nil || index[fold(s)] == canonical, "MetricSynonyms: \(s) stands twice")
                index[fold(s)] = canonical
            }
        }
        return index
    }()

    /// The series name of `metric`: its canonical name when the table has it, else itself.
    public static func canonical(_ metric: String) -> String { index[fold(metric)] ?? metric }

    /// Brackets and subscript digits in one form: （PM2.5） and (PM2.5), SO₂ and SO2 are one spelling.
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "(": out.append("（")
            case ")": out.append("）")
            case "\u{2080}"..."\u{2089}": out.append(Unicode.Scalar(u.value - 0x2080 + 0x30)!)
            default: out.append(u)
            }
        }
        return String(out)
    }
}
