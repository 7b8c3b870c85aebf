import Foundation

/// Units the number layer recognises after a number, and how a written unit maps to its base.
///
/// A unit as written may carry scale words (`万吨`, `亿千瓦时`, `万元`); `base(of:)` strips them
/// and returns the factor. Scale words written with the number (`8.2万吨`) are kept in the unit
/// as written and folded only into `Quantity.baseValue`.
public enum UnitTable {
    /// Base units (no scale word), CJK and a few ASCII ones. Longest match wins.
    static let baseUnits: [String] = [
        // mass
        "吨标准煤", "吨标煤", "千克标准煤", "千克标煤", "克标准煤", "克标煤", "吨油当量", "吨", "千克", "公斤", "克", "毫克", "微克", "斤", "t", "kg", "mg", "μg", "µg", "ug",
        // energy, power
        "千瓦时", "千瓦小时", "兆瓦时", "度", "千瓦", "兆瓦", "吉瓦", "瓦", "千焦", "兆焦", "吉焦", "千伏", "伏", "千安",
        "kWh", "MWh", "GWh", "kW", "MW", "GW", "kV",
        // money
        "元", "美元", "欧元", "港元", "人民币",
        // volume, area, length
        "标准立方米", "立方米", "升", "毫升", "平方米", "平方公里", "平方千米", "亩", "公顷",
        "米", "千米", "公里", "厘米", "毫米", "微米", "m³", "m3", "m²", "m2", "km",
        // time
        "小时", "分钟", "天", "个月", "年", "周", "载",
        // counts and classifiers
        "个", "個", "项", "項", "家", "台", "臺", "套", "名", "人", "位", "户", "戶", "辆", "輛", "条", "條",
        "座", "处", "處", "件", "篇", "份", "所", "支", "场", "次", "棵", "株", "只", "隻", "块", "塊",
        "双", "雙", "对", "對", "打", "倍", "批次", "标准箱", "TEU", "头", "頭", "列", "起", "艘", "架", "羽", "乘次",
        "宗", "例", "册", "颗", "趟", "班", "床", "张",
        // misc
        "摄氏度", "℃", "分贝", "dB", "ppm",
    ]

    /// Substances written inside a mass unit, longest first: 吨二氧化碳/兆瓦时, 万吨二氧化碳当量.
    static let substances: [[Unicode.Scalar]] = ["二氧化碳当量", "二氧化碳", "CO2当量", "CO2e", "CO2", "CO₂e", "CO₂"]
        .map { Array($0.unicodeScalars) }
    static let massUnits: Set<String> = ["吨", "千克", "公斤", "克", "t", "kg"]

    /// The substance word at `i` (see `substances`): its end and text.
    static func substance(_ t: [Unicode.Scalar], at i: Int) -> (end: Int, word: String)? {
        for word in substances where i + word.count <= t.count && t[i..<(i + word.count)].elementsEqual(word) {
            return (i + word.count, String(String.UnicodeScalarView(word)))
        }
        return nil
    }

    /// A mass unit with a substance (`吨二氧化碳`): its own base unit.
    static func isSubstanceUnit(_ unit: String) -> Bool {
        massUnits.contains { unit.hasPrefix($0) && substances.contains(Array(unit.dropFirst($0.count).unicodeScalars)) }
    }

    /// Scale words a written unit may start with, longest first.
    static let scalePrefixes: [(String, Decimal)] = [
        ("百万", 1_000_000), ("千万", 10_000_000), ("万亿", Decimal(string: "1000000000000")!),
        ("万万", 100_000_000), ("十万", 100_000), ("万", 10_000), ("萬", 10_000), ("亿", 100_000_000),
        ("億", 100_000_000), ("千", 1000), ("百", 100), ("十", 10),
    ]

    /// Base units whose scale is folded into a different base (`兆瓦` → 1000 `千瓦`, `度` → `千瓦时`).
    static let aliases: [String: (String, Decimal)] = [
        "兆瓦": ("千瓦", 1000), "兆瓦时": ("千瓦时", 1000), "吉瓦": ("千瓦", 1_000_000),
        "瓦": ("瓦", 1), "度": ("千瓦时", 1), "千瓦小时": ("千瓦时", 1), "公斤": ("千克", 1), "吨标准煤": ("吨标煤", 1),
        "打": ("个", 12), "MW": ("千瓦", 1000), "kW": ("千瓦", 1), "kWh": ("千瓦时", 1),
        "MWh": ("千瓦时", 1000), "t": ("吨", 1), "kg": ("千克", 1), "公里": ("千米", 1),
    ]

    /// Units written after a count or mass unit to make a compound one (人次, 架次, 人公里,
    /// 吨公里, 车公里): `match` reads them on, and `base(of:)` keeps the compound as the base.
    static let compoundTails: [[Unicode.Scalar]] = ["公里", "千米", "次"].map { Array($0.unicodeScalars) }

    /// A compound of a base unit and a tail (`人次`, `吨公里`): the tail's length, if `unit` is one.
    static func isCompound(_ unit: String) -> Bool {
        let u = Array(unit.unicodeScalars)
        return compoundTails.contains { tail in
            u.count > tail.count && Array(u.suffix(tail.count)) == tail
                && baseUnitSet.contains(String(String.UnicodeScalarView(u.dropLast(tail.count))))
        }
    }

    /// The end of a compound tail at `i` (`次`, `公里`), if one stands there.
    static func compoundTail(_ t: [Unicode.Scalar], at i: Int) -> Int? {
        outer: for tail in compoundTails where i + tail.count <= t.count {
            for k in 0..<tail.count where t[i + k] != tail[k] { continue outer }
            return i + tail.count
        }
        return nil
    }

    static let currencies: Set<String> = ["元", "美元", "欧元", "港元", "人民币"]

    /// One base unit, resolved once: its scalars, spelling, base unit and factor. A class, so
    /// that taking an entry for a token retains one object instead of copying its four references.
    final class Entry: Sendable {
        let scalars: [Unicode.Scalar]
        let written: String
        /// `written` after each big scale word, in `NumeralCharacter.bigScaleWords` order
        /// (`万吨`, `萬吨`, `亿吨`, `億吨`, `兆吨`): the unit of `8.2万吨` is shared, not concatenated.
        let scaledWritten: [String]
        let base: String
        let factor: Decimal
        let isMoney: Bool
        /// One of `massUnits` (a substance may follow: `吨二氧化碳`).
        let isMass: Bool
        /// `factor` as a power of ten (`兆瓦` → 3), when it is one.
        let factorExponent: Int?

        init(_ unit: String) {
            let b = computeBase(of: unit)
            scalars = Array(unit.unicodeScalars)
            written = unit
            scaledWritten = NumeralCharacter.bigScaleWords.map { $0 + unit }
            base = b.unit
            factor = b.factor
            isMoney = currencies.contains(b.unit)
            isMass = massUnits.contains(unit)
            factorExponent = (0...12).first { ArabicNumber.powersOfTen[$0] == b.factor }
        }
    }

    static let entries: [Entry] = baseUnits.map(Entry.init)

    /// Entry indices bucketed by first scalar, longest first.
    static let byFirstScalar: [UInt32: [Int]] = {
        var d: [UInt32: [Int]] = [:]
        for (k, e) in entries.enumerated() { d[e.scalars[0].value, default: []].append(k) }
        for k in d.keys { d[k]!.sort { entries[$0].scalars.count > entries[$1].scalars.count } }
        return d
    }()

    /// `byFirstScalar` without hashing, for `match` (called several times per number): a BMP
    /// table gives the bucket (0: no unit starts with the scalar).
    struct FirstScalarIndex {
        /// For each BMP scalar, its bucket's position in `buckets` + 1.
        let slot: [UInt8]
        /// Entry indices, longest first (as in `byFirstScalar`), then their scalars.
        let buckets: [[(id: Int, scalars: [Unicode.Scalar])]]

        init() {
            var slot = [UInt8](repeating: 0, count: 0x10000)
            var buckets: [[(id: Int, scalars: [Unicode.Scalar])]] = []
            for (first, ids) in byFirstScalar.sorted(by: { $0.key < $1.key }) {
                precondition(first < 0x10000 && buckets.count < 255, "units start in the BMP, under 255 first scalars")
                buckets.append(ids.map { ($0, entries[$0].scalars) })
                slot[Int(first)] = UInt8(buckets.count)
            }
            self.slot = slot
            self.buckets = buckets
        }
    }

    static let firstScalarIndex = FirstScalarIndex()

    /// The unit as written → (base unit, scale factor): `万吨` → (`吨`, 10000), `亿千瓦时` →
    /// (`千瓦时`, 1e8), `兆瓦` → (`千瓦`, 1000), `%` → (`%`, 1), `万` → (``, 10000),
    /// `吨标煤/吨铝` → (`吨标煤/吨铝`, 1). Unknown units map to themselves with factor 1.
    public static func base(of unit: String) -> (unit: String, factor: Decimal) {
        if let known = resolved.value(for: unit) { return known }
        let b = computeBase(of: unit)
        resolved.store(b, for: unit)
        return b
    }

    /// Units already resolved by `base(of:)`: filled on demand (resolving every base unit with
    /// every scale prefix up front cost about 0.1 s per process).
    static let resolved = BaseCache()

    static let baseUnitSet = Set(baseUnits)

    static func computeBase(of unit: String) -> (unit: String, factor: Decimal) {
        if unit == "‰" { return ("%", Decimal(string: "0.1")!) }
        if unit.contains("/") {
            // scale only on the numerator: `万元/吨` → (`元/吨`, 10000)
            let parts = unit.split(separator: "/", maxSplits: 1).map(String.init)
            let num = computeBase(of: parts[0])
            return (num.unit + "/" + (parts.count > 1 ? parts[1] : ""), num.factor)
        }
        if let a = aliases[unit] { return a }
        if baseUnitSet.contains(unit) || unit == "%" || unit == "百分点" || unit.isEmpty || isSubstanceUnit(unit) || isCompound(unit) { return (unit, 1) }
        for (prefix, factor) in scalePrefixes where unit.hasPrefix(prefix) {
            let rest = String(unit.dropFirst(prefix.count))
            if rest.isEmpty { return ("", factor) }
            if rest.hasPrefix("万") || rest.hasPrefix("亿") || rest.hasPrefix("萬") || rest.hasPrefix("億") {
                let inner = computeBase(of: rest)
                return (inner.unit, factor * inner.factor)
            }
            if let a = aliases[rest] { return (a.0, factor * a.1) }
            if baseUnitSet.contains(rest) || isSubstanceUnit(rest) || isCompound(rest) { return (rest, factor) }
        }
        return (unit, 1)
    }

    /// True when `baseUnit` (possibly compound) counts money: its numerator, before the `/`, is a
    /// currency. Compares scalars (no String split, built or hashed): base units are spelled by
    /// this table, and a numerator is never empty.
    static func isMoney(_ baseUnit: String) -> Bool {
        let numerator = baseUnit.unicodeScalars.prefix { $0 != "/" }
        return currencyScalars.contains { $0.elementsEqual(numerator) }
    }

    static let currencyScalars: [[Unicode.Scalar]] = currencies.map { Array($0.unicodeScalars) }

    /// Longest base unit starting at `i`: its end and entry. ASCII units must not be followed by a letter.
    static func match(_ t: [Unicode.Scalar], at i: Int) -> (end: Int, id: Int)? {
        guard i < t.count, t[i].value < 0x10000 else { return nil }
        let index = firstScalarIndex
        let slot = Int(index.slot[Int(t[i].value)])
        guard slot > 0 else { return nil }
        outer: for (id, u) in index.buckets[slot - 1] {
            guard i + u.count <= t.count else { continue }
            for k in 1..<max(u.count, 1) where t[i + k] != u[k] { continue outer }
            let e = i + u.count
            if u[u.count - 1].value < 0x80, e < t.count, NumeralCharacter.isASCIIAlnum(t[e].value) { continue }
            return (e, id)
        }
        return nil
    }

    /// Products written after a per-unit denominator: `吨铝`, `吨钢`, `吨产品`.
    static let products: [[Unicode.Scalar]] = ["氧化铝", "电解铝", "原铝", "产品", "铝", "钢", "铜", "锌", "铅",
        "镍", "锡", "煤", "水", "矿", "油", "粗铜", "产值", "电"].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    static func matchProduct(_ t: [Unicode.Scalar], at i: Int) -> Int? {
        outer: for p in products where i + p.count <= t.count {
            for k in 0..<p.count where t[i + k] != p[k] { continue outer }
            return i + p.count
        }
        return nil
    }
}
