import Foundation

/// A report's own arithmetic, checked: a stated number against the one its other numbers imply.
public struct ArithmeticCheck: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// A level and its change in one report against the previous level (another report's).
        case impliedChange
        /// Parts against their stated total (三次产业增加值 → 地区生产总值).
        case partsSum
        /// Shares of one whole against 100% (三次产业贡献率).
        case sharesSum
        /// A share against the two amounts it divides (税收收入占一般公共预算收入比重).
        case shareOfAmounts
    }

    public enum Outcome: String, Sendable {
        /// Equal within the rounding of the numbers as written.
        case agrees
        /// Not equal within rounding: both numbers and their sources are shown.
        case differs
        /// Not equal, but the text says the change is on a comparable basis (按可比价格,
        /// 按可比口径): a real change against nominal levels, not an error.
        case comparableBasis
    }

    public let kind: Kind
    public let who: String?
    /// What is checked: "全社会用电量 2023年", "第一、二、三产业增加值之和 → 地区生产总值".
    public let subject: String
    public let year: Int?
    /// The number the text states, and the one the other numbers give (both as shown).
    public let stated: String
    public let computed: String
    /// The figures the computed number comes from, e.g. "130亿千瓦时（qinghe-a:11）÷ 126亿千瓦时（qinghe-c:11）",
    /// and for a change on a comparable basis why ("；原文：按可比价格计算").
    public let basis: String
    public let outcome: Outcome
    /// Every source involved: the stated figure's first.
    public let sources: [SourceRef]
}

extension Aggregator {
    /// Shares of one whole, each part named by a prefix and a common rest (第一产业…贡献率).
    static let shareGroups: [[String]] = [["第一产业", "第二产业", "第三产业"]]
    /// Totals and the parts that make them, by canonical metric.
    static let partSums: [(total: String, parts: [String])] = [
        ("地区生产总值", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
    ]
    /// Rates that are one amount over another (房屋竣工率 = 竣工面积 / 房屋施工面积), besides
    /// every "A占B比重/比例" whose A and B are stated.
    static let ratios: [(rate: String, part: String, whole: String)] = [
        ("房屋竣工率", "竣工面积", "房屋施工面积"),
        ("常住人口城镇化率", "城镇常住人口", "年末常住人口"),
        ("户籍人口城镇化率", "城镇户籍人口", "年末户籍人口"),
    ]

    /// Every check the figures allow, in report order.
    static func checks(_ placed: [PlacedFigure], reports: [Report]) -> [ArithmeticCheck] {
        impliedChanges(placed) + withinReports(placed, reports: reports)
    }

    /// Half a unit of the last written digit: 130 → 0.5, 1.10 → 0.005 (as parsed: 1.1 → 0.05).
    static func halfUnit(_ value: Decimal) -> Double { 0.5 * pow(10, -Double(decimals(of: value))) }

    static func double(_ d: Decimal) -> Double { NSDecimalNumber(decimal: d).doubleValue }

    /// "qinghe-a:11" or "report p.3".
    static func cite(_ f: AggregatedFigure) -> String {
        guard let s = f.sources.first else { return "" }
        return stem(s.file) + (s.page.map { " p.\($0)" } ?? ":\(s.line)")
    }

    /// Metrics whose growth statistical offices state at comparable prices by rule, even where
    /// the sentence says so only once before them (GDP 按可比价格计算…；其中，第一产业增加值…增长4.8%;
    /// 农林牧渔业总产值…按可比价格计算…；其中种植业…): value added, GDP, and 农林牧渔业总产值 with
    /// its branches (not every 总产值: 建筑业总产值 is usually stated at current prices).
    static let realGrowthSuffixes = ["增加值", "生产总值", "生产总值（GDP）"]
    static let realGrowthMetrics = Set(["农林牧渔业总产值"] +
        ["种植业", "林业", "畜牧业", "渔业", "农林牧渔专业及辅助性活动"].flatMap { [$0, $0 + "产值"] })
    /// Words that put a change on another basis than the levels (按可比价格, 按可比口径, 同口径,
    /// 扣除留抵退税因素后), and words that put it back on theirs (按自然口径计算): the one
    /// standing last before the value, in its quote, decides.
    static let comparableWords = ["可比价", "可比口径", "同口径", "扣除"]
    static let nominalWords = ["自然口径", "现价", "名义"]

    /// Why the change is on a comparable basis, or nil when it is not: the basis word nearest
    /// before its value says so (`comparableWords`; the reason is its clause, "按可比价格计算"),
    /// or none does and its metric's growth is real by rule (`realGrowthSuffixes`, `realGrowthMetrics`).
    static func comparableReason(_ f: Figure) -> String? {
        func last(_ words: [String]) -> Range<String.Index>? {
            words.compactMap { f.quote.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
        }
        let clause: (Range<String.Index>) -> String = { r in
            let stops: Set<Character> = ["，", "；", ",", ";", "。"]
            let start = f.quote[..<r.lowerBound].lastIndex(where: stops.contains).map { f.quote.index(after: $0) } ?? f.quote.startIndex
            let end = f.quote[r.upperBound...].firstIndex(where: stops.contains) ?? f.quote.endIndex
            return "原文：" + f.quote[start..<end].trimmingCharacters(in: .whitespaces)
        }
        switch (last(comparableWords), last(nominalWords)) {
        case let (c?, n?): return c.lowerBound > n.lowerBound ? clause(c) : nil
        case let (c?, nil): return clause(c)
        case (nil, _?): return nil
        case (nil, nil):
            return realGrowthMetrics.contains(f.metric) || realGrowthSuffixes.contains { f.metric.hasSuffix($0) }
                ? "增加值、生产总值与农林牧渔业产值的增速按惯例为可比价格增速" : nil
        }
    }

    // MARK: A level and its change against the previous level

    static func impliedChanges(_ placed: [PlacedFigure]) -> [ArithmeticCheck] {
        struct LevelKey: Hashable { let who: String?, metric: String, periodName: String?, period: ReportPeriod }
        var levels: [LevelKey: [PlacedFigure]] = [:]
        for p in placed where p.f.kind == .level && p.f.qualifier == nil {
            levels[LevelKey(who: p.who, metric: p.metric, periodName: p.periodName, period: p.period), default: []].append(p)
        }
        var checks: [ArithmeticCheck] = []
        for c in placed where c.f.kind == .change && c.f.qualifier == nil && c.f.direction != nil {
            // The level the same report states for the change's period.
            guard let now = levels[LevelKey(who: c.who, metric: c.metric, periodName: c.periodName, period: c.period)]?
                .first(where: { $0.report.file == c.report.file }) else { continue }
            let before: ReportPeriod
            if c.f.basis == .priorPeriod, let m = c.period.month {
                before = m == 1 ? ReportPeriod(year: c.period.year - 1, month: 12) : ReportPeriod(year: c.period.year, month: m - 1)
            } else {
                before = ReportPeriod(year: c.period.year - 1, month: c.period.month)
            }
            guard let candidates = levels[LevelKey(who: c.who, metric: c.metric, periodName: c.periodName, period: before)] else { continue }
            let compatible = candidates.filter { $0.f.baseUnit == now.f.baseUnit }
            // The previous period's own report first, then another report, then the same one.
            guard let prev = compatible.first(where: { $0.report.period?.year == before.year && $0.report.period?.month == before.month })
                ?? compatible.first(where: { $0.report.file != c.report.file }) ?? compatible.first else { continue }
            if let check = impliedChange(change: c, now: now, previous: prev) { checks.append(check) }
        }
        return checks
    }

    static func impliedChange(change c: PlacedFigure, now: PlacedFigure, previous p: PlacedFigure) -> ArithmeticCheck? {
        let lt = double(now.f.baseValue), lp = double(p.f.baseValue)
        let scaleT = now.f.value == 0 ? 1 : lt / double(now.f.value), scaleP = p.f.value == 0 ? 1 : lp / double(p.f.value)
        let ht = halfUnit(now.f.value) * scaleT, hp = halfUnit(p.f.value) * scaleP
        let sign: Double = c.f.direction == .up ? 1 : -1
        let stated = sign * double(c.f.value), hs = halfUnit(c.f.value)
        var lo: Double, hi: Double, computed: Double, unit: String
        if c.f.unit == "%" {
            guard lp > 0, lp - hp > 0 else { return nil }
            computed = (lt / lp - 1) * 100
            lo = ((lt - ht) / (lp + hp) - 1) * 100
            hi = ((lt + ht) / (lp - hp) - 1) * 100
            unit = "%"
        } else if (c.f.unit == "百分点" && now.f.unit == "%") || (c.f.baseUnit == now.f.baseUnit && !c.f.baseUnit.isEmpty && c.f.unit != "百分点") {
            let scaleC = c.f.value == 0 ? 1 : double(c.f.baseValue) / double(c.f.value)
            let unitScale = c.f.unit == "百分点" ? 1 : scaleC
            computed = (lt - lp) / unitScale
            lo = (lt - ht - lp - hp) / unitScale
            hi = (lt + ht - lp + hp) / unitScale
            unit = c.f.unit == "百分点" ? "个百分点" : c.f.unit
        } else {
            return nil
        }
        let agrees = stated + hs >= lo && stated - hs <= hi
        // One place more than the stated change, so 1.44 against 1.5 shows why they differ.
        let decimals = Self.decimals(of: c.f.value) + 1
        let reason = agrees ? nil : comparableReason(c.f)
        let outcome: ArithmeticCheck.Outcome = agrees ? .agrees : (reason != nil ? .comparableBasis : .differs)
        let op = c.f.unit == "%" ? "÷" : "−"
        let periodText = c.period.label
        return ArithmeticCheck(
            kind: .impliedChange, who: c.who, subject: "\(c.metric) \(periodText)", year: c.period.year,
            stated: c.f.valueText, computed: SeriesFormat.signed(computed, decimals: decimals, trimmed: false) + unit,
            basis: "\(now.f.valueText)（\(now.period.label)，\(cite(now.figure))）\(op) \(p.f.valueText)（\(p.period.label)，\(cite(p.figure))）"
                + (reason.map { "；\($0)" } ?? ""),
            outcome: outcome, sources: c.figure.sources + now.figure.sources + p.figure.sources)
    }

    // MARK: Within one report

    static func withinReports(_ placed: [PlacedFigure], reports: [Report]) -> [ArithmeticCheck] {
        struct Group: Hashable { let file: String, who: String?, period: ReportPeriod, periodName: String? }
        var groups: [Group: [String: PlacedFigure]] = [:]
        var order: [Group] = []
        for p in placed where p.f.kind == .level && p.f.qualifier == nil {
            let g = Group(file: p.report.file, who: p.who, period: p.period, periodName: p.periodName)
            if groups[g] == nil { order.append(g) }
            if groups[g]?[p.metric] == nil { groups[g, default: [:]][p.metric] = p }
        }
        var checks: [ArithmeticCheck] = []
        for g in order {
            let byMetric = groups[g]!
            checks += sums(byMetric) + shares(byMetric) + shareOfAmounts(byMetric)
        }
        return checks
    }

    static func sums(_ m: [String: PlacedFigure]) -> [ArithmeticCheck] {
        partSums.compactMap { rule in
            guard let total = m[rule.total] else { return nil }
            let parts = rule.parts.compactMap { m[$0] }
            guard parts.count == rule.parts.count, parts.allSatisfy({ $0.f.baseUnit == total.f.baseUnit }) else { return nil }
            let scale = total.f.value == 0 ? 1 : double(total.f.baseValue) / double(total.f.value)
            let sum = parts.map { double($0.f.baseValue) }.reduce(0, +) / scale
            let tolerance = parts.map { halfUnit($0.f.value) * double($0.f.baseValue) / max(double($0.f.value), 1e-12) / scale }.reduce(0, +)
                + halfUnit(total.f.value)
            let agrees = abs(sum - double(total.f.value)) <= tolerance + 1e-9
            let decimals = max(parts.map { Self.decimals(of: $0.f.value) }.max() ?? 0, Self.decimals(of: total.f.value))
            return ArithmeticCheck(
                kind: .partsSum, who: total.who, subject: "\(rule.parts.joined(separator: "＋")) → \(rule.total) \(total.period.label)",
                year: total.period.year, stated: total.f.valueText,
                computed: Self.plainNumber(sum, decimals: decimals) + total.f.unit,
                basis: parts.map { "\($0.f.valueText)（\(cite($0.figure))）" }.joined(separator: "＋"),
                outcome: agrees ? .agrees : .differs, sources: total.figure.sources + parts.flatMap(\.figure.sources))
        }
    }

    static func shares(_ m: [String: PlacedFigure]) -> [ArithmeticCheck] {
        var checks: [ArithmeticCheck] = []
        for group in shareGroups {
            // Every rest after the first prefix that all prefixes share, as percentages.
            let rests = m.keys.filter { $0.hasPrefix(group[0]) }.map { String($0.dropFirst(group[0].count)) }.sorted()
            for rest in rests where !rest.isEmpty {
                let parts = group.compactMap { m[$0 + rest] }
                guard parts.count == group.count, parts.allSatisfy({ $0.f.unit == "%" }) else { continue }
                let sum = parts.map { double($0.f.value) }.reduce(0, +)
                let tolerance = parts.map { halfUnit($0.f.value) }.reduce(0, +)
                let decimals = parts.map { Self.decimals(of: $0.f.value) }.max() ?? 0
                checks.append(ArithmeticCheck(
                    kind: .sharesSum, who: parts[0].who, subject: "\(group.joined(separator: "、"))\(rest)之和 \(parts[0].period.label)",
                    year: parts[0].period.year, stated: "100%", computed: Self.plainNumber(sum, decimals: decimals) + "%",
                    basis: parts.map { "\($0.f.valueText)（\(cite($0.figure))）" }.joined(separator: "＋"),
                    outcome: abs(sum - 100) <= tolerance + 1e-9 ? .agrees : .differs, sources: parts.flatMap(\.figure.sources)))
            }
        }
        return checks
    }

    /// "A占B比重"/"A占B的比重"/"A占B比例", and the table's rates: A ÷ B against the stated share.
    static func shareOfAmounts(_ m: [String: PlacedFigure]) -> [ArithmeticCheck] {
        var rules: [(rate: String, part: String, whole: String)] = ratios
        for name in m.keys.sorted() {
            guard let at = name.range(of: "占") else { continue }
            var whole = String(name[at.upperBound...])
            var matched = false
            for end in ["的比重", "比重", "的比例", "比例"] where whole.hasSuffix(end) {
                whole.removeLast(end.count); matched = true; break
            }
            let part = String(name[..<at.lowerBound])
            if matched, !part.isEmpty, !whole.isEmpty { rules.append((name, part, whole)) }
        }
        return rules.compactMap { rule in
            guard let rate = m[rule.rate], rate.f.unit == "%", let part = m[rule.part], let whole = m[rule.whole],
                  part.f.baseUnit == whole.f.baseUnit, whole.f.baseValue > 0 else { return nil }
            let p = double(part.f.baseValue), w = double(whole.f.baseValue)
            let hp = halfUnit(part.f.value) * p / max(double(part.f.value), 1e-12)
            let hw = halfUnit(whole.f.value) * w / max(double(whole.f.value), 1e-12)
            let computed = p / w * 100
            let lo = (p - hp) / (w + hw) * 100, hi = (p + hp) / max(w - hw, 1e-12) * 100
            let stated = double(rate.f.value), hs = halfUnit(rate.f.value)
            let decimals = max(1, Self.decimals(of: rate.f.value))
            return ArithmeticCheck(
                kind: .shareOfAmounts, who: rate.who, subject: "\(rule.rate) \(rate.period.label)", year: rate.period.year,
                stated: rate.f.valueText, computed: Self.plainNumber(computed, decimals: decimals) + "%",
                basis: "\(part.f.valueText)（\(cite(part.figure))）÷ \(whole.f.valueText)（\(cite(whole.figure))）",
                outcome: stated + hs >= lo && stated - hs <= hi ? .agrees : .differs,
                sources: rate.figure.sources + part.figure.sources + whole.figure.sources)
        }
    }

    /// 19917.0 → "19917", 96.0 → "96", 73.68 → "73.7" (at most `decimals` places).
    static func plainNumber(_ v: Double, decimals: Int) -> String {
        let s = SeriesFormat.signed(v, decimals: decimals)
        if s.hasPrefix("+") { return String(s.dropFirst()) }
        return s
    }
}
