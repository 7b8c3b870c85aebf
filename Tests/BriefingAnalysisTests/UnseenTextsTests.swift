@testable import BriefingAnalysis
import Foundation
import Testing

/// Texts written for the tests in the phrasing of statistical bulletins, ESG reports and
/// company news (Tests/Fixtures), each with the figures a careful reader finds in it. The
/// extractor must find at least 90% of them (recall) and nothing much else (precision).
@Suite struct UnseenTextsTests {
    /// kind, value as written, unit, and a part of the metric that identifies it.
    struct Expected: CustomStringConvertible {
        let kind: Figure.Kind, value: String, unit: String, metric: String
        init(_ kind: Figure.Kind, _ value: String, _ unit: String, _ metric: String) {
            self.kind = kind; self.value = value; self.unit = unit; self.metric = metric
        }
        var description: String { "\(kind) \(metric) \(value)\(unit)" }
        func matches(_ f: Figure) -> Bool {
            f.kind == kind && DecimalText.plain(f.value) == value && f.unit == unit && f.metric.contains(metric)
        }
    }

    static let fixtures: [(String, [Expected])] = [
        ("bulletin_2023.txt", [
            .init(.level, "5432.1", "亿元", "地区生产总值"), .init(.change, "5.2", "%", "地区生产总值"),
            .init(.change, "6.1", "%", "规模以上工业增加值"), .init(.change, "1.3", "百分点", "增加值增速"),
            .init(.level, "2345.6", "万吨标准煤", "能源消费总量"), .init(.change, "2.1", "%", "能源消费总量"),
            .init(.change, "3.4", "%", "生产总值能耗"), .init(.level, "456.7", "亿千瓦时", "用电量"),
            .init(.change, "7.8", "%", "用电量"), .init(.level, "312.4", "亿千瓦时", "工业用电量"),
            .init(.change, "6.5", "%", "工业用电量"), .init(.level, "32", "微克/立方米", "PM2.5平均浓度"),
            .init(.change, "5.9", "%", "PM2.5平均浓度"), .init(.level, "85.2", "%", "优良天数比例"),
            .init(.change, "2.3", "百分点", "优良天数比例"), .init(.level, "3.2", "万吨", "化学需氧量排放量"),
            .init(.level, "0.41", "万吨", "氨氮排放量"), .init(.change, "4.1", "%", "化学需氧量排放量"),
            .init(.change, "3.6", "%", "氨氮排放量"), .init(.level, "1234", "万千瓦", "发电装机容量"),
            .init(.level, "210", "万千瓦", "装机"), .init(.level, "356", "万千瓦", "装机"),
            .init(.level, "1.2", "亿吨", "粗钢产量"), .init(.change, "1.7", "%", "粗钢产量"),
            .init(.level, "85.3", "万吨", "有色金属产量"), .init(.change, "12.4", "%", "有色金属产量"),
            .init(.target, "18", "%", "二氧化碳排放"), .init(.target, "20", "%", "非化石能源消费比重"),
        ]),
        ("company_news.txt", [
            .init(.level, "45.6", "亿元", "营业收入"), .init(.change, "12.3", "%", "营业收入"),
            .init(.level, "3.2", "亿元", "利润总额"), .init(.change, "5.6", "%", "利润总额"),
            .init(.level, "52", "万吨", "电解铝产量"), .init(.change, "3.5", "万吨", "电解铝产量"),
            .init(.level, "380", "千克标准煤/吨", "综合能耗"), .init(.change, "2.1", "%", "综合能耗"),
            .init(.change, "1.2", "亿千瓦时", "用电"), .init(.change, "9.6", "万吨", "二氧化碳排放"),
            .init(.level, "2360", "万千瓦时", "光伏发电量"), .init(.change, "41.2", "%", "光伏发电量"),
            .init(.level, "98.5", "%", "重复利用率"), .init(.change, "0.6", "百分点", "重复利用率"),
            .init(.change, "8", "%", "铝材销量"), .init(.change, "350", "千瓦时", "交流电耗"),
            .init(.level, "1.5", "万吨", "危险废物"), .init(.level, "100", "%", "处置率"),
            .init(.change, "23", "%", "二氧化硫排放总量"), .init(.change, "18", "%", "氮氧化物排放总量"),
        ]),
        ("esg_report.txt", [
            .init(.level, "298.5", "克/千瓦时", "供电标准煤耗"), .init(.change, "1.2", "克/千瓦时", "供电标准煤耗"),
            .init(.level, "4.35", "%", "厂用电率"), .init(.change, "0.12", "百分点", "厂用电率"),
            .init(.level, "0.08", "克/千瓦时", "二氧化硫排放绩效"), .init(.level, "0.15", "克/千瓦时", "氮氧化物排放绩效"),
            .init(.level, "0.02", "克/千瓦时", "烟尘排放绩效"), .init(.level, "3250", "万千瓦", "可再生能源装机容量"),
            .init(.level, "42.6", "%", "占总装机容量"), .init(.change, "5.1", "百分点", "占总装机容量"),
            .init(.level, "412", "亿千瓦时", "发电量"), .init(.level, "186", "亿千瓦时", "发电量"),
            .init(.change, "18.5", "%", "发电量"), .init(.change, "36.2", "%", "发电量"),
            .init(.level, "0.85", "千克/千瓦时", "耗水量"), .init(.change, "15", "%", "耗水量"),
            .init(.level, "98", "%", "废水回用率"), .init(.level, "1250", "万吨", "固体废物产生量"),
            .init(.level, "85.3", "%", "固体废物综合利用率"), .init(.change, "3.4", "百分点", "固体废物综合利用率"),
            .init(.target, "60", "%", "可再生能源装机占比"), .init(.target, "20", "%", "碳排放强度"),
            .init(.change, "2", "起", "事故起数"), .init(.level, "0.12", "‰", "负伤率"),
        ]),
        ("copper_news_q1.txt", [
            .init(.level, "12.6", "万吨", "阴极铜产量"), .init(.change, "8.3", "%", "阴极铜产量"),
            .init(.level, "45", "万吨", "硫酸产量"), .init(.change, "6", "%", "硫酸产量"),
            .init(.level, "98.7", "亿元", "营业收入"), .init(.change, "15.2", "%", "营业收入"),
            .init(.level, "4.1", "亿元", "利润总额"), .init(.change, "1.3", "亿元", "利润总额"),
            .init(.level, "215", "千克标准煤", "综合能耗"), .init(.change, "3.6", "%", "综合能耗"),
            .init(.level, "98.6", "%", "总回收率"), .init(.change, "0.3", "百分点", "总回收率"),
            .init(.change, "12", "%", "铜精矿处理量"), .init(.level, "35", "毫克/立方米", "二氧化硫排放浓度"),
        ]),
        // Written after the extractor, run once blind (recall 16/22, precision 16/18), then the
        // taxonomy and frame gaps it showed were fixed in general form.
        ("blind_province_env.txt", [
            .init(.level, "29.8", "微克/立方米", "PM2.5"), .init(.change, "4.2", "%", "PM2.5"),
            .init(.level, "51", "微克/立方米", "PM10"), .init(.change, "3.8", "%", "PM10"),
            .init(.level, "88.1", "%", "优良天数比例"), .init(.change, "1.6", "百分点", "优良天数比例"),
            .init(.level, "0.4", "%", "污染天数比例"), .init(.level, "91.5", "%", "水质断面比例"),
            .init(.change, "2", "百分点", "水质断面比例"), .init(.level, "100", "%", "水质达标率"),
            .init(.level, "3.12", "万吨", "化学需氧量"), .init(.level, "0.21", "万吨", "氨氮"),
            .init(.level, "2.45", "万吨", "氮氧化物"), .init(.level, "1.08", "万吨", "挥发性有机物"),
            .init(.change, "3.1", "%", "生产总值能耗"), .init(.level, "8654", "万吨", "固体废物产生量"),
            .init(.level, "5210", "万吨", "固体废物综合利用量"), .init(.level, "60.2", "%", "固体废物综合利用率"),
            .init(.level, "1280", "万吨", "处置能力"), .init(.change, "95", "万吨", "处置能力"),
            .init(.target, "28", "微克/立方米", "PM2.5平均浓度"), .init(.target, "89", "%", "优良天数比例"),
        ]),
        // Also run once blind (recall 15/20, precision 15/16) before the gaps were fixed.
        ("blind_steel_news.txt", [
            .init(.level, "1856", "万吨", "粗钢产量"), .init(.change, "2.3", "%", "粗钢产量"),
            .init(.level, "541.2", "千克标准煤", "吨钢综合能耗"), .init(.change, "8.6", "千克标准煤", "吨钢综合能耗"),
            .init(.change, "1.6", "%", "吨钢综合能耗"), .init(.level, "2.31", "立方米", "新水消耗"),
            .init(.change, "5.3", "%", "新水消耗"), .init(.change, "12.1", "%", "颗粒物排放总量"),
            .init(.change, "8.7", "%", "二氧化硫排放总量"), .init(.change, "10.4", "%", "氮氧化物排放总量"),
            .init(.level, "0.21", "千克", "吨钢二氧化硫排放量"), .init(.level, "99.5", "%", "固废综合利用率"),
            .init(.level, "100", "%", "资源化利用"), .init(.level, "120", "兆瓦", "光伏装机规模"),
            .init(.level, "9800", "万千瓦时", "发电量"), .init(.change, "5.6", "万吨", "二氧化碳排放量"),
            .init(.level, "62", "%", "自发电比例"), .init(.change, "3", "百分点", "自发电比例"),
            .init(.target, "540", "千克标准煤", "吨钢综合能耗"),
        ]),
        // Run once blind (recall 25/26, precision 25/26: the gap "低于…增速2.1个百分点" was read
        // as a change), then fixed in general form.
        ("blind_city_energy.txt", [
            .init(.level, "1865", "万吨标准煤", "能源消费总量"), .init(.change, "2.8", "%", "能源消费总量"),
            .init(.change, "3.5", "%", "生产总值能耗"), .init(.level, "532.6", "亿千瓦时", "全社会用电量"),
            .init(.change, "6.9", "%", "全社会用电量"), .init(.level, "358.2", "亿千瓦时", "第二产业用电量"),
            .init(.change, "5.4", "%", "第二产业用电量"), .init(.level, "76.3", "亿千瓦时", "生活用电量"),
            .init(.change, "9.8", "%", "生活用电量"), .init(.level, "410.5", "亿千瓦时", "发电量"),
            .init(.change, "1.2", "%", "发电量"), .init(.level, "298.7", "亿千瓦时", "火电发电量"),
            .init(.change, "4.6", "%", "火电发电量"), .init(.level, "35.2", "亿千瓦时", "发电量"),
            .init(.level, "21.9", "亿千瓦时", "发电量"), .init(.change, "48.3", "%", "发电量"),
            .init(.change, "22.6", "%", "发电量"), .init(.level, "685", "万千瓦", "可再生能源装机容量"),
            .init(.change, "142", "万千瓦", "可再生能源装机容量"), .init(.level, "38.4", "%", "电力总装机比重"),
            .init(.level, "1120", "万吨", "煤炭消费量"), .init(.change, "3.1", "%", "煤炭消费量"),
            .init(.level, "58.2", "%", "煤炭占能源消费总量比重"), .init(.change, "2.4", "百分点", "煤炭占能源消费总量比重"),
            .init(.level, "23.5", "亿立方米", "天然气消费量"), .init(.change, "11.2", "%", "天然气消费量"),
        ]),
        // Run once blind: values and metrics right, but every subject was the topic head
        // (【节能降碳】) and 减排二氧化碳 lacked 排放量; both fixed as rules.
        ("blind_power_csr.txt", [
            .init(.level, "186.4", "亿千瓦时", "发电量"), .init(.change, "4.2", "%", "发电量"),
            .init(.level, "296.8", "克/千瓦时", "供电煤耗"), .init(.change, "2.3", "克/千瓦时", "供电煤耗"),
            .init(.level, "63.5", "%", "清洁能源装机占比"), .init(.change, "4.8", "百分点", "清洁能源装机占比"),
            .init(.change, "1360", "万吨", "二氧化碳排放量"), .init(.level, "1820", "吨", "二氧化硫排放量"),
            .init(.level, "3150", "吨", "氮氧化物排放量"), .init(.level, "260", "吨", "烟尘排放量"),
            .init(.change, "9.6", "%", "二氧化硫排放量"), .init(.change, "7.2", "%", "氮氧化物排放量"),
            .init(.change, "12.5", "%", "烟尘排放量"), .init(.level, "3", "台", "废水零排放改造"),
            .init(.level, "100", "%", "灰渣综合利用率"), .init(.level, "3000", "天", "安全生产天数"),
            .init(.change, "15", "%", "帮扶资金"),
        ]),
        // Written in the third session and run once blind: all 23 found, nothing else.
        ("blind_city_eco_bulletin.txt", [
            .init(.level, "27", "微克/立方米", "PM2.5"), .init(.change, "6.9", "%", "PM2.5"),
            .init(.level, "48", "微克/立方米", "PM10"), .init(.change, "4", "%", "PM10"),
            .init(.level, "321", "天", "优良天数"), .init(.level, "87.7", "%", "优良天数比例"),
            .init(.change, "2.5", "百分点", "优良天数比例"), .init(.level, "2", "天", "重污染天数"),
            .init(.change, "3", "天", "重污染天数"), .init(.level, "93.3", "%", "水质优良"),
            .init(.change, "6.6", "百分点", "水质优良"), .init(.level, "100", "%", "水质达标率"),
            .init(.level, "1.52", "万吨", "化学需氧量"), .init(.level, "0.13", "万吨", "氨氮"),
            .init(.level, "0.86", "万吨", "氮氧化物"), .init(.level, "0.41", "万吨", "挥发性有机物"),
            .init(.level, "1865.4", "万吨", "固体废物产生量"), .init(.level, "78.6", "%", "综合利用率"),
            .init(.level, "42.7", "万吨", "危险废物利用处置量"), .init(.change, "8.3", "%", "危险废物利用处置量"),
            .init(.change, "17.8", "%", "二氧化碳排放"), .init(.level, "512", "万千瓦", "新能源装机容量"),
            .init(.level, "41.2", "%", "电力总装机"),
        ]),
        // Also blind (recall 12/14, precision 12/12): the taxonomy lacked 绿色电力 and 合金化率.
        // 预计 makes a projection, so the saving of that sentence is a target.
        ("blind_aluminium_company.txt", [
            .init(.level, "86.5", "万吨", "原铝"), .init(.change, "4.2", "%", "原铝"),
            .init(.level, "91", "%", "铝合金化率"), .init(.change, "3", "百分点", "铝合金化率"),
            .init(.level, "13150", "千瓦时/吨", "交流电耗"), .init(.change, "85", "千瓦时/吨", "交流电耗"),
            .init(.target, "2.3", "万吨", "标准煤"), .init(.target, "6", "万吨", "二氧化碳排放"),
            .init(.level, "80", "%", "绿色电力使用比例"), .init(.level, "112", "亿千瓦时", "水电使用量"),
            .init(.level, "85", "%", "占总用电量"), .init(.level, "100", "%", "大修渣无害化处置率"),
            .init(.change, "20", "%", "炭渣综合利用量"), .init(.target, "15", "%", "碳排放强度"),
        ]),
        // Blind: 25/26, nothing else; 水资源总量 was missed and 原油, 电力消费 had no category.
        ("blind_national_energy.txt", [
            .init(.level, "57.2", "亿吨标准煤", "能源消费总量"), .init(.change, "5.7", "%", "能源消费总量"),
            .init(.change, "5.6", "%", "煤炭消费量"), .init(.change, "9.1", "%", "原油消费量"),
            .init(.change, "7.2", "%", "天然气消费量"), .init(.change, "6.7", "%", "电力消费量"),
            .init(.level, "55.3", "%", "煤炭消费量占"), .init(.change, "0.7", "百分点", "煤炭消费量占"),
            .init(.level, "26.4", "%", "清洁能源消费量占"), .init(.change, "0.4", "百分点", "清洁能源消费量占"),
            .init(.change, "0.8", "%", "电石综合能耗"), .init(.change, "0.9", "%", "合成氨综合能耗"),
            .init(.change, "0.3", "%", "吨钢综合能耗"), .init(.change, "0.4", "%", "标准煤耗"),
            .init(.change, "0.1", "%", "二氧化碳排放"), .init(.level, "25543", "亿立方米", "水资源总量"),
            .init(.level, "5900", "亿立方米", "总用水量"), .init(.change, "0.1", "%", "总用水量"),
            .init(.change, "6.4", "%", "国内生产总值用水量"), .init(.change, "3.9", "%", "工业增加值用水量"),
            .init(.level, "419", "立方米", "人均用水量"), .init(.change, "0.1", "%", "人均用水量"),
            .init(.level, "59.9", "%", "达标的城市"), .init(.level, "40.1", "%", "未达标的城市"),
            .init(.level, "30", "微克/立方米", "PM2.5"), .init(.change, "3.4", "%", "PM2.5"),
        ]),
        // Blind: all 14 found, nothing else, but 8 subjects wrong: 上市公司 taken for a name and
        // 【绿色矿山】 for a subject; both fixed as rules (generic organisations, topic words).
        ("blind_mining_quarterly.txt", [
            .init(.level, "26.7", "万吨", "矿产铜产量"), .init(.change, "3.1", "%", "矿产铜产量"),
            .init(.level, "18.2", "吨", "矿产金产量"), .init(.change, "2.4", "吨", "矿产金产量"),
            .init(.level, "2304", "亿元", "营业收入"), .init(.change, "8.5", "%", "营业收入"),
            .init(.level, "151", "亿元", "净利润"), .init(.change, "41.5", "%", "净利润"),
            .init(.level, "0.168", "吨标准煤", "万元产值综合能耗"), .init(.change, "4.5", "%", "万元产值综合能耗"),
            .init(.level, "0.42", "立方米/吨", "水耗"), .init(.change, "6.7", "%", "水耗"),
            .init(.level, "1320", "万吨", "废石综合利用量"), .init(.level, "32.6", "%", "尾矿综合利用率"),
        ]),
        // Blind: 9/9 (employment and prices are not our figures), but 过去一年 had the report's
        // year (2025) where a reader says 2024; years relative to the report are now read.
        ("blind_government_report.txt", [
            .init(.level, "3.2", "万亿元", "地区生产总值"), .init(.change, "5.1", "%", "地区生产总值"),
            .init(.change, "6.3", "%", "规模以上工业增加值"), .init(.level, "2456", "亿元", "一般公共预算收入"),
            .init(.change, "3.8", "%", "一般公共预算收入"), .init(.change, "3.2", "%", "生产总值能耗"),
            .init(.target, "5.5", "%", "地区生产总值"), .init(.target, "2.5", "%", "生产总值能耗"),
            .init(.target, "30", "微克/立方米", "PM2.5"),
        ]),
        // Blind: 6/7 with Chinese numerals throughout; 节水 had no category, 首次 and 把 stayed in
        // metrics ("营业收入首次", "把厂用电率"); fixed in the lexicon and taxonomy.
        ("blind_power_news_numerals.txt", [
            .init(.level, "105", "亿千瓦时", "发电量"), .init(.change, "20", "%", "发电量"),
            .init(.change, "6", "克/千瓦时", "供电煤耗"), .init(.change, "32", "万吨", "碳排放"),
            .init(.level, "120", "万立方米", "节水量"), .init(.level, "50", "亿元", "营业收入"),
            .init(.target, "4.5", "%", "厂用电率"),
        ]),
        // Blind: 7/7 with spaces everywhere (“1 230 吨”, “12.5 %”, “吨标准煤 / 吨”).
        ("blind_spaced_release.txt", [
            .init(.change, "12.5", "%", "PM2.5排放浓度"), .init(.level, "1230", "吨", "二氧化硫排放量"),
            .init(.change, "8.6", "%", "二氧化硫排放量"), .init(.level, "96.4", "%", "工业固体废物综合利用率"),
            .init(.change, "1.8", "百分点", "工业固体废物综合利用率"), .init(.level, "0.52", "吨标准煤/吨", "单位产品综合能耗"),
            .init(.change, "3.1", "%", "单位产品综合能耗"),
        ]),
        // Blind: 13/13, but 0.62吨二氧化碳/兆瓦时 came out as 0.62吨 and 1250万吨二氧化碳当量 as
        // 1250万吨; a substance inside a mass unit is now read.
        ("blind_esg_mixed.txt", [
            .init(.level, "1250", "万吨二氧化碳当量", "范围一温室气体排放量"), .init(.change, "4.6", "%", "范围一温室气体排放量"),
            .init(.level, "86", "万吨二氧化碳当量", "范围二排放量"), .init(.change, "12.3", "%", "范围二排放量"),
            .init(.level, "0.62", "吨二氧化碳/兆瓦时", "碳排放强度"), .init(.change, "9.5", "%", "碳排放强度"),
            .init(.level, "420", "万吨标准煤", "综合能源消费量"), .init(.level, "152", "亿千瓦时", "可再生能源发电量"),
            .init(.level, "31", "%", "占总发电量"), .init(.change, "1.2", "吉瓦", "光伏装机"),
            .init(.level, "3860", "万立方米", "生产用水总量"), .init(.level, "0.28", "立方米/兆瓦时", "耗水量"),
            .init(.change, "0.02", "立方米/兆瓦时", "耗水量"),
        ]),
        // Blind: 8/8 (环比 and 同比 on one metric, 以下/不超过 limits, 首次突破, 预计…左右).
        ("blind_quarter_ranges.txt", [
            .init(.level, "548", "千克标准煤", "吨钢综合能耗"), .init(.change, "1.2", "%", "吨钢综合能耗"),
            .init(.change, "2.5", "%", "吨钢综合能耗"), .init(.level, "20", "毫克/立方米", "二氧化硫排放浓度"),
            .init(.level, "5", "毫克/立方米", "颗粒物排放浓度"), .init(.level, "46.8", "万吨", "钢渣"),
            .init(.level, "98", "%", "钢渣综合利用率"), .init(.target, "2.2", "立方米", "新水消耗"),
        ]),
        // Blind: 10/11; the level of 弃风率 (降至2.8%) had no category. Fixed in the taxonomy.
        ("blind_new_energy.txt", [
            .init(.level, "2860", "万千瓦", "控股装机容量"), .init(.level, "1320", "万千瓦", "风电"),
            .init(.level, "980", "万千瓦", "光伏"), .init(.level, "612", "亿千瓦时", "发电量"),
            .init(.change, "17.3", "%", "发电量"), .init(.level, "2210", "小时", "利用小时数"),
            .init(.change, "120", "小时", "利用小时数"), .init(.level, "2.8", "%", "弃风率"),
            .init(.change, "1.1", "百分点", "弃风率"), .init(.change, "460", "万千瓦", "核准项目规模"),
            .init(.level, "81.5", "%", "新能源装机占比"),
        ]),
        // Blind: 6/8; 污水处理量 and 环保投入 had no category. Fixed in the taxonomy.
        ("blind_water_utility.txt", [
            .init(.level, "8.6", "亿立方米", "污水处理量"), .init(.change, "5.4", "%", "污水处理量"),
            .init(.level, "19.8", "万吨", "化学需氧量削减量"), .init(.level, "2.1", "万吨", "氨氮削减量"),
            .init(.level, "32", "%", "再生水利用率"), .init(.level, "100", "%", "污泥无害化处置率"),
            .init(.level, "3.6", "亿元", "环保投入"), .init(.change, "0.4", "亿元", "环保投入"),
        ]),
        // Blind: 7/9; 安全环保资金 had no category and a rate without a unit (损工事故率为0.12)
        // was not read; both fixed as rules.
        ("blind_chemical_safety.txt", [
            .init(.level, "0.12", "", "损工事故率"), .init(.level, "1356", "项", "隐患"),
            .init(.level, "100", "%", "隐患整改率"), .init(.level, "2.8", "亿元", "安全环保资金"),
            .init(.change, "15", "%", "安全环保资金"), .init(.level, "126", "吨", "挥发性有机物排放量"),
            .init(.change, "21.5", "%", "挥发性有机物排放量"), .init(.level, "100", "%", "危险废物合规处置率"),
            .init(.level, "93.6", "%", "一般工业固废综合利用率"),
        ]),
        // Blind: 10/12 and five metrics without their measure (颗粒物 for 颗粒物排放浓度): a form of
        // "label：value" lines ran together and its labels were not read. Both fixed as rules.
        ("blind_cement_disclosure.txt", [
            .init(.level, "8.2", "mg/m³", "颗粒物排放浓度"), .init(.level, "35", "mg/m³", "二氧化硫排放浓度"),
            .init(.level, "86", "mg/m³", "氮氧化物排放浓度"), .init(.level, "1200", "吨/年", "氮氧化物核定排放总量"),
            .init(.level, "812.6", "吨", "氮氧化物实际排放总量"), .init(.level, "156.3", "吨", "二氧化硫实际排放总量"),
            .init(.level, "186", "万吨", "熟料产量"), .init(.change, "3.2", "%", "熟料产量"),
            .init(.level, "101.5", "千克", "标准煤耗"), .init(.change, "1.8", "千克", "标准煤耗"),
            .init(.level, "6850", "万千瓦时", "余热发电量"), .init(.level, "100", "%", "自用率"),
        ]),
        // Blind: 5/9 and two wrong polarities: 分别 with a verb per value, 同比-3.5%, the old
        // level 由2023年的45.2%, 清洁能源消费 (up is better) and 造林 were not read. All fixed.
        ("blind_stats_mixed.txt", [
            .init(.change, "3.1", "%", "原煤产量"), .init(.change, "2.4", "%", "原油产量"),
            .init(.change, "3.5", "%", "增加值能耗"), .init(.level, "45.2", "%", "煤炭消费量占能源消费总量的比重"),
            .init(.level, "43.6", "%", "煤炭消费量占能源消费总量的比重"), .init(.change, "1.9", "百分点", "清洁能源消费比重"),
            .init(.level, "31.2", "%", "清洁能源消费比重"), .init(.change, "12.6", "万公顷", "造林面积"),
            .init(.level, "62.3", "%", "森林覆盖率"),
        ]),
        // Blind: 11/11 (倍, 比上年多/少, 较“十三五”末), one unit cut short: 0.32吨标准煤/万元 read as
        // 0.32吨标准煤 (a scale word in the denominator); fixed.
        ("blind_group_annual.txt", [
            .init(.level, "1865", "亿元", "营业收入"), .init(.change, "96", "亿元", "营业收入"),
            .init(.change, "5.4", "%", "营业收入"), .init(.change, "1.5", "倍", "光伏发电量"),
            .init(.level, "38.6", "亿千瓦时", "光伏发电量"), .init(.change, "2.3", "克/千瓦时", "供电煤耗"),
            .init(.change, "0.2", "万吨", "二氧化硫排放量"), .init(.change, "8.7", "%", "二氧化碳排放"),
            .init(.level, "0.32", "吨标准煤/万元", "万元产值综合能耗"), .init(.level, "58.2", "%", "清洁能源装机占比"),
            .init(.change, "4.6", "百分点", "清洁能源装机占比"),
        ]),
        // Blind: 6/10; 吞吐量 and 岸电 had no category and 标准箱 (TEU) was no unit, so the
        // container growth went to the cargo figure. Fixed in the taxonomy and unit table.
        ("blind_port_logistics.txt", [
            .init(.level, "5.62", "亿吨", "货物吞吐量"), .init(.change, "3.8", "%", "货物吞吐量"),
            .init(.level, "1280", "万标准箱", "集装箱吞吐量"), .init(.change, "6.1", "%", "集装箱吞吐量"),
            .init(.level, "2150", "万千瓦时", "岸电使用量"), .init(.level, "860", "辆", "新能源集卡保有量"),
            .init(.level, "40", "%", "占集卡总量"), .init(.level, "2.1", "吨标准煤/万吨", "单位吞吐量综合能耗"),
            .init(.change, "0.15", "吨标准煤/万吨", "单位吞吐量综合能耗"), .init(.level, "31", "微克/立方米", "PM2.5"),
        ]),
        // Blind: 7/7 (由2023年的21.6吨降至18.9吨, 约…吨/年, savings of water and money).
        ("blind_textile_env.txt", [
            .init(.level, "21.6", "吨", "万米布取水量"), .init(.level, "18.9", "吨", "万米布取水量"),
            .init(.change, "12.5", "%", "万米布取水量"), .init(.level, "45", "%", "废水回用率"),
            .init(.change, "38", "吨/年", "VOCs排放量"), .init(.change, "16", "万立方米", "新鲜水"),
            .init(.change, "64", "万元", "水费"),
        ]),
        // A feature story full of numbers that are no figures (date, time, age, years of work,
        // projects, teams, people, honours, a rank, a phone number): blind, nothing of them was
        // taken, but 比改造前 was no basis (the change got the metric 比改造前) and 改造后 stayed
        // in a metric. Fixed as rules.
        ("blind_precision_news.txt", [
            .init(.level, "12980", "千瓦时/吨", "电解铝综合交流电耗"), .init(.change, "3.6", "%", "电解铝综合交流电耗"),
            .init(.level, "5", "毫克/立方米", "颗粒物排放浓度"),
        ]),
        // Traditional characters. Blind: 1/8 (and wrong metrics): the vocabulary is simplified
        // Chinese. Now read as simplified (metrics come out simplified, quotes as written).
        ("blind_traditional.txt", [
            .init(.level, "125", "万吨二氧化碳当量", "温室气体排放量"), .init(.change, "4.2", "%", "温室气体排放量"),
            .init(.level, "3.6", "亿千瓦时", "用电量"), .init(.change, "2.1", "%", "用电量"),
            .init(.level, "8600", "万千瓦时", "再生能源发电量"), .init(.level, "18.5", "%", "占总发电量"),
            .init(.level, "92", "%", "废水回收率"), .init(.change, "3", "百分点", "废水回收率"),
        ]),
        // Blind: 14/14 (汽车保有量 is no figure of ours; 新能源汽车 stays without 保有量).
        ("blind_city_bulletin2.txt", [
            .init(.level, "2856.3", "亿元", "地区生产总值"), .init(.change, "5.6", "%", "地区生产总值"),
            .init(.level, "186.2", "亿元", "第一产业增加值"), .init(.change, "3.2", "%", "第一产业增加值"),
            .init(.level, "1120.5", "亿元", "第二产业增加值"), .init(.change, "6.8", "%", "第二产业增加值"),
            .init(.level, "1549.6", "亿元", "第三产业增加值"), .init(.change, "5", "%", "第三产业增加值"),
            .init(.level, "612.4", "万吨标准煤", "综合能源消费量"), .init(.change, "1.9", "%", "综合能源消费量"),
            .init(.level, "71.3", "%", "高耗能行业能耗"), .init(.change, "1.2", "百分点", "高耗能行业能耗"),
            .init(.level, "18.6", "万辆", "新能源汽车"), .init(.change, "42.5", "%", "新能源汽车"),
        ]),
    ]

    static func score() -> (recall: Double, precision: Double, missed: [String], extra: [String]) {
        var expectedCount = 0, found = 0, extractedCount = 0, correct = 0
        var missed: [String] = [], extra: [String] = []
        for (name, expected) in fixtures {
            let figures = CorpusAnalysis.run([Extract.fixture(name)]).figures
            expectedCount += expected.count
            extractedCount += figures.count
            for e in expected {
                if figures.contains(where: e.matches) { found += 1 } else { missed.append("\(name): \(e)") }
            }
            for f in figures {
                if expected.contains(where: { $0.matches(f) }) { correct += 1 } else { extra.append("\(name):\(f.line) \(f.kind) \(f.metric) \(f.valueText)") }
            }
        }
        return (Double(found) / Double(expectedCount), Double(correct) / Double(max(extractedCount, 1)), missed, extra)
    }

    @Test func recallAndPrecisionOnTextsNotTunedFor() {
        let s = Self.score()
        print("unseen texts: recall \(String(format: "%.1f", s.recall * 100))%, precision \(String(format: "%.1f", s.precision * 100))%")
        #expect(s.recall >= 0.9, "missed: \(s.missed)")
        #expect(s.precision >= 0.9, "extra: \(s.extra)")
    }

    @Test func topicSectionHeadsAreNoSubjects() {
        let figures = CorpusAnalysis.run([Extract.fixture("blind_power_csr.txt")]).figures
        #expect(figures.allSatisfy { $0.subject == "国家电投某分公司" }, "\(Set(figures.map(\.subject)))")
        #expect(Lexicon.shared.isTopic("节能降碳") && Lexicon.shared.isTopic("乡村振兴") && !Lexicon.shared.isTopic("中铝环保") && !Lexicon.shared.isTopic("中国铜业"))
    }

    @Test func genericOrganisationsAndTopicHeadsAreNoSubjects() {
        let figures = CorpusAnalysis.run([Extract.fixture("blind_mining_quarterly.txt")]).figures
        #expect(figures.allSatisfy { $0.subject == "紫金某矿业公司" }, "\(Set(figures.map(\.subject)))")
        #expect(figures.contains { $0.metric == "归属于上市公司股东的净利润" })
        #expect(Lexicon.shared.isTopic("绿色矿山") && Lexicon.shared.isTopic("生产经营"))
    }

    @Test func aCityOpeningAClauseIsTheSubjectOfWhatFollows() {
        let figures = CorpusAnalysis.run([Extract.fixture("blind_city_eco_bulletin.txt")]).figures
        #expect(figures.allSatisfy { $0.subject == "全市" }, "\(figures.map { "\($0.line) \($0.subject ?? "—")" })")
        #expect(figures.contains { $0.metric == "集中式饮用水水源地水质达标率" })  // 保持100%: 保持 is a level verb
        // Company news that mentions the country as background keeps its company.
        let news = Extract.figures("云铜锌业2024年生产经营情况\n\n近年来，我国锌冶炼行业快速发展。全年锌锭产量32万吨，同比增长5%。")
        #expect(!news.isEmpty && news.allSatisfy { $0.subject == "云铜锌业" }, "\(news.map(\.subject))")
    }

    @Test func aGovernmentReportSpeaksOfLastYearAndThisYear() {
        let figures = CorpusAnalysis.run([Extract.fixture("blind_government_report.txt")]).figures
        #expect(figures.filter { $0.kind != .target }.allSatisfy { $0.year == 2024 }, "\(figures.map(\.year))")
        #expect(figures.filter { $0.kind == .target }.allSatisfy { $0.year == 2025 })
    }

    @Test func aStoryFullOfNumbersGivesOnlyItsFigures() {
        let figures = CorpusAnalysis.run([Extract.fixture("blind_precision_news.txt")]).figures
        #expect(figures.count == 3, "\(figures.map { "\($0.metric) \($0.valueText)" })")
        #expect(figures.first { $0.kind == .change }?.basis == .basePeriod)
        #expect(figures.allSatisfy { !$0.metric.hasPrefix("改造后") && $0.subject == "某铝业公司" })
    }

    @Test func adverbsAndDisposalMarkersLeaveMetrics() {
        let metrics = CorpusAnalysis.run([Extract.fixture("blind_power_news_numerals.txt")]).figures.map(\.metric)
        #expect(metrics.contains("营业收入") && metrics.contains("厂用电率"), "\(metrics)")
        #expect(!metrics.contains { $0.hasSuffix("首次") || $0.hasPrefix("把") })
    }

    @Test func regionCarriesThroughItsParagraph() {
        let figures = CorpusAnalysis.run([Extract.fixture("blind_province_env.txt")]).figures.filter { $0.line <= 5 }
        // 全省 in a bulletin titled 某省…公报 is that province.
        #expect(figures.allSatisfy { $0.subject?.hasPrefix("某省") == true }, "\(figures.map(\.subject))")
    }

    @Test func subjectsAndPeriodsInCompanyNews() throws {
        let figures = CorpusAnalysis.run([Extract.fixture("copper_news_q1.txt")]).figures
        #expect(figures.allSatisfy { $0.subject == "西部铜业公司" }, "\(figures.map(\.subject))")
        let copper = try #require(figures.first { $0.metric == "阴极铜产量" && $0.kind == .change })
        #expect(copper.period == "一季度" && copper.basis == .yoy && copper.improved == true)
        let ore = try #require(figures.first { $0.metric == "铜精矿处理量" })
        #expect(ore.basis == .priorPeriod)
    }
}
