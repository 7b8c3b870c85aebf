import Foundation

/// The number layer's entry point: finds every number token in a text, with its unit, kind
/// and qualifier (`briefing quantities`). Pipeline position: Ingest → **Numbers** → Extraction.
///
/// One pass over the scalars, by index: a table look-up decides whether a scalar can start a
/// number; only then is a numeral run read (`ChineseNumber.Element`s), checked against the
/// exclusions and extended with its scale words, infix qualifier (余/多/几), unit or
/// %/百分点/分之/成/折 suffix and suffix qualifier. A last pass lets the members of a list share
/// the unit of its last member (`ListUnits`).
///
/// Rules and choices:
/// - Values are exact `Decimal`s. Scale words written with the number stay in `unit` (`8.2万吨`:
///   value 8.2, unit `万吨`) and are folded into `baseValue` (82000 `吨`); a number whose only
///   "unit" is a scale word is kind `number` with unit `万`, base unit empty.
/// - Fractions (`三分之一`, `1/3`, `三百五又三分之一`) are kind `fraction`, value = numerator ÷
///   denominator rounded to 16 decimal places (0.3333333333333333); the written form is in `text`.
/// - `百分之X` is X %, `千分之X` X/10 %, `万分之X` X/100 % (kind percent); `X成` is 10·X %, `X折` is
///   10·X % (or X % for two digits: 75折, 三八折); `个百分点`/`百分点` is always unit `百分点`, kind
///   percentagePoint, never `%`.
/// - Chinese numerals are accepted conservatively: a single numeral (一, 十) or a digit string
///   (二〇, 九九) only before a unit/classifier, %, 百分点, 成/折, 分之, or alone on its line;
///   multi-character numerals with a scale word (三千五百, 十五) or 点 anywhere; never after 第,
///   never before 月/日/号/大/届, never a leading 万/亿 (万一) or a bare leading 百/千 (百年, 千万).
///   Consequence: 一是, 统一, 一般, 二氧化碳, “十四五” are no numbers; `一个`, `一次` (except
///   一次性/一次能源/二次污染) are quantities of 1.
/// - Not numbers: years (`2024年`, `2021—2025年`, also across a line break, and a bare 1949–2100
///   glued to a following word that is no unit: `集团2024协同推进`), months and days
///   (`6月5日`, `1-3月`), dates with dots, slashes or hyphens, versions (`1.2.3`), codes after
///   ASCII letters (`GB 25465-2010`, `ISO 14001`, `PM2.5`, `CO2`), IDs with letters after the
///   digits (`5G`, `3D`), phone numbers and other zero-led or 11+ digit strings, `8:30`, plan
///   codes (`1+3+1`), and numbers in quotes without a unit (`“4223”`, `“456”`): in report text a
///   quoted bare number names a project or programme.
/// - Thousands separators: `4,027`, `4 027` (one space, groups of three), `４，０２７`.
/// - Qualifier words become part of the token's text and offsets (`QualifierWords`).
public enum QuantityScanner {
    /// All number tokens in `text` (normalized text: ASCII digits and punctuation), in order,
    /// non-overlapping. Offsets are Unicode scalar offsets, `end` exclusive.
    public static func scan(_ text: [Unicode.Scalar]) -> [Quantity] {
        var scanner = QuantityScan(text)
        scanner.run()
        ListUnits.share(&scanner.tokens, in: text)
        return scanner.tokens
    }

    /// Convenience: scans the string's Unicode scalars.
    public static func scan(_ text: String) -> [Quantity] { scan(Array(text.unicodeScalars)) }
}

/// The scanner's state for one text. Internal.
struct QuantityScan {
    typealias Element = ChineseNumber.Element
    let t: [Unicode.Scalar]
    let n: Int
    var tokens: [Quantity] = []
    /// Reused run buffers (no allocation per candidate).
    var elements: [Element] = []
    var elementStarts: [Int] = []
    var firstArabic: ArabicNumber? = nil

    init(_ t: [Unicode.Scalar]) {
        self.t = t; self.n = t.count
        elements.reserveCapacity(16); elementStarts.reserveCapacity(16)
        // Room for a token every 32 scalars (report text has one every 30 to 90): growing the array
        // copied it several times. Pages of a large reservation cost no memory until written.
        tokens.reserveCapacity(t.count / 32)
    }

    @inline(__always) func v(_ i: Int) -> UInt32 { i >= 0 && i < n ? t[i].value : 0 }

    mutating func run() {
        let startClass = NumeralCharacter.startClass    // a global's accessor is a call: once per text
        var i = 0
        while i < n {
            i = nextCandidate(from: i)
            guard i < n else { break }
            let c = t[i].value
            switch startClass[Int(c)] {
            case 1: i = max(attempt(at: i), i + 1)
            case 2:
                if NumeralCharacter.arabicDigit(v(i + 1)) != nil || (c != 0x2E && v(i + 1) == 0x2E) { i = max(attempt(at: i), i + 1) } else { i += 1 }
            default: i = skipIdentifier(from: i)
            }
        }
    }

    /// The hot loop: the next index whose scalar may start a token (a bit test per scalar).
    func nextCandidate(from start: Int) -> Int {
        NumeralCharacter.startBits.withUnsafeBufferPointer { bits in
            t.withUnsafeBufferPointer { text in
                var i = start
                let count = text.count
                while i < count {
                    let c = Int(text[i].value)
                    if c < 0x10000, bits[c >> 6] & (1 << UInt64(c & 63)) != 0 { return i }
                    i += 1
                }
                return count
            }
        }
    }

    /// Skips an ASCII identifier, code or URL piece: letters, digits, `._-/:%=&?#`.
    func skipIdentifier(from i: Int) -> Int {
        var j = i
        while j < n {
            let c = t[j].value
            if NumeralCharacter.isASCIIAlnum(c) || c == 0x2E || c == 0x5F || c == 0x2D || c == 0x2F || c == 0x3A
                || c == 0x25 || c == 0x3D || c == 0x26 || c == 0x3F || c == 0x23 || NumeralCharacter.isFullWidthDigit(c) { j += 1 } else { break }
        }
        return max(j, i + 1)
    }

    @inline(__always) func skipSpaces(_ i: Int, max limit: Int = 4) -> Int {
        var j = i
        while j < n, j - i < limit, NumeralCharacter.isSpace(t[j].value) { j += 1 }
        return j
    }

    /// Index of the first non-space before `i` (or -1).
    @inline(__always) func previousNonSpace(_ i: Int) -> Int {
        var j = i - 1
        while j >= 0, NumeralCharacter.isSpace(t[j].value) { j -= 1 }
        return j
    }

    // MARK: - Runs

    /// Reads a numeral run at `p` into `elements`; returns its end.
    mutating func collectRun(from p: Int) -> Int {
        // A run has a few elements: popping them is cheaper than `removeAll(keepingCapacity:)`,
        // which went through the general `replaceSubrange` (a visible share of every number).
        while elements.popLast() != nil {}
        while elementStarts.popLast() != nil {}
        firstArabic = nil
        enum Last { case none, arabic, digit, zero, scale, fraction }
        var last = Last.none
        var j = p
        while true {
            let k = elements.isEmpty ? j : skipSpaces(j)
            guard k < n else { break }
            let c = t[k].value
            if NumeralCharacter.arabicDigit(c) != nil || (elements.isEmpty && NumeralCharacter.isDecimalPoint(c)) {
                if last == .arabic || last == .digit || last == .fraction { break }
                guard let a = ArabicNumber.read(t, at: k) else { break }
                if a.versionLike && !elements.isEmpty { break }
                if elements.isEmpty { firstArabic = a }
                if a.versionLike { return a.end }
                elements.append(.arabic(a.value)); elementStarts.append(k)
                j = a.end; last = .arabic; continue
            }
            if c < 0x3007 { break }        // below 〇 there are no Chinese numerals (nor 点): `%`, `,`, letters
            if let d = NumeralCharacter.chineseDigit(c) {
                if last == .arabic || last == .fraction { break }
                elements.append(.digit(d)); elementStarts.append(k)
                j = k + 1; last = d == 0 ? .zero : .digit; continue
            }
            if let s = NumeralCharacter.smallScale(c) {
                if last == .fraction { break }
                if s == 3, UnitTable.match(t, at: k) != nil { break }       // 千瓦, 千克, 千米
                if s >= 2 {
                    let f = skipSpaces(k + 1)
                    if v(f) == 0x5206 {                                      // 分: 百分点 / 百分之 / 百分比
                        let z = skipSpaces(f + 1)
                        if !(v(z) == 0x4E4B && !elements.isEmpty) { break }  // 之 after a numeral: denominator
                    }
                }
                elements.append(.small(s)); elementStarts.append(k)
                j = k + 1; last = .scale; continue
            }
            if let b = NumeralCharacter.bigScale(c) {
                if b == 12 && (UnitTable.match(t, at: k) != nil || !NumeralCharacter.isChineseNumeral(v(k + 1))) { break }
                elements.append(.big(b)); elementStarts.append(k)
                j = k + 1; last = .scale; continue
            }
            if NumeralCharacter.isPoint(c), last == .digit || last == .zero || last == .scale {
                var m = skipSpaces(k + 1)
                var f = Decimal(0), count = 0
                while m < n, let d = NumeralCharacter.chineseDigit(t[m].value) {
                    count += 1
                    f += Decimal(sign: .plus, exponent: -count, significand: Decimal(d))
                    m += 1
                    let m2 = skipSpaces(m)
                    if NumeralCharacter.chineseDigit(v(m2)) != nil { m = m2 }
                }
                if count == 0 { break }
                elements.append(.fraction(f)); elementStarts.append(k)
                j = m; last = .fraction; continue
            }
            break
        }
        return j
    }

    var hasArabic: Bool { elements.contains { if case .arabic = $0 { return true }; return false } }

    /// Evaluates `elements[range]` fully (trailing scales folded in).
    func value(_ range: Range<Int>) -> (Decimal, Bool)? {
        if case .value(let v, let seq) = ChineseNumber.evaluate(elements[range]) { return (v, seq) }
        return nil
    }

    // MARK: - Tokens

    /// Tries to read a token starting at `i`; appends it and returns where to continue.
    mutating func attempt(at i: Int) -> Int {
        let c = t[i].value
        var p = i
        var negative = false
        if NumeralCharacter.isMinus(c) || NumeralCharacter.isPlus(c) {
            let before = v(i - 1)
            if NumeralCharacter.isASCIIAlnum(before) || NumeralCharacter.arabicDigit(before) != nil
                || NumeralCharacter.isMinus(before) || NumeralCharacter.isPlus(before) || before == 0x2E { return i + 1 }
            // "3%-5%", "2000万-3000万元": a dash right after a value joins a range, no sign.
            if before == 0x25 || ((NumeralCharacter.bigScale(before) != nil || before == 0x5343) && NumeralCharacter.arabicDigit(v(i - 2)) != nil) { return i + 1 }
            negative = NumeralCharacter.isMinus(c); p = i + 1
            guard NumeralCharacter.arabicDigit(v(p)) != nil || (NumeralCharacter.isDecimalPoint(v(p)) && NumeralCharacter.arabicDigit(v(p + 1)) != nil) else { return i + 1 }
        } else if NumeralCharacter.isNegativeWord(c) {
            let d = v(i + 1)
            guard NumeralCharacter.isChineseNumeral(d) || NumeralCharacter.arabicDigit(d) != nil else { return i + 1 }
            negative = true; p = i + 1
        } else if NumeralCharacter.isDecimalPoint(c) {
            if NumeralCharacter.isDecimalPoint(v(i - 1)) || NumeralCharacter.arabicDigit(v(i - 1)) != nil { return i + 1 }
        }
        let first = t[p].value
        if first == 0x534A { return half(at: p) }
        if first == 0x5BF9 || first == 0x5C0D { return pair(at: p) }
        if NumeralCharacter.smallScale(first) ?? 0 >= 2 || NumeralCharacter.bigScale(first) == 4,   // 百 千 万 (most candidates: not a call)
           let end = percentConstruct(start: i, at: p, negative: negative) { return end }
        return number(start: i, at: p, negative: negative)
    }

    /// 半成 (5 %), 半折 (50 %), 半百 (50).
    mutating func half(at p: Int) -> Int {
        switch v(p + 1) {
        case 0x6210: emit(p, p + 2, value: 5, unit: "%", kind: .percent, qualifier: nil)
        case 0x6298: emit(p, p + 2, value: 50, unit: "%", kind: .percent, qualifier: nil)
        case 0x767E where !NumeralCharacter.isChineseNumeral(v(p + 2)) && v(p + 2) != 0x5206:
            emit(p, p + 2, value: 50, unit: "", kind: .number, qualifier: nil)
        default: return p + 1
        }
        return p + 2
    }

    /// 打对折: 50 %.
    mutating func pair(at p: Int) -> Int {
        guard v(p - 1) == 0x6253, v(p + 1) == 0x6298 else { return p + 1 }
        emit(p, p + 2, value: 50, unit: "%", kind: .percent, qualifier: nil)
        return p + 2
    }

    /// 百分之X, 千分之X, 万分之X, 百万分之X (spaces allowed): percent. (`attempt` checks the first
    /// scale before the call.)
    mutating func percentConstruct(start: Int, at p: Int, negative: Bool) -> Int? {
        guard NumeralCharacter.smallScale(v(p)) ?? 0 >= 2 || NumeralCharacter.bigScale(v(p)) == 4 else { return nil }
        // the denominator is the product of its scale words: 百万 = 10^6, 万万 = 10^8
        var exponent = 0
        var m = p
        while true {
            let k = exponent == 0 ? m : skipSpaces(m)
            if let s = NumeralCharacter.smallScale(v(k)), s >= 2 { exponent += s; m = k + 1; continue }
            if let b = NumeralCharacter.bigScale(v(k)), b <= 8 { exponent += b; m = k + 1; continue }
            break
        }
        let f = skipSpaces(m)
        guard v(f) == 0x5206 else { return nil }
        let z = skipSpaces(f + 1)
        guard v(z) == 0x4E4B else { return nil }
        let denominator = ArabicNumber.powersOfTen[min(exponent, 40)]
        guard let (numerator, end) = numerator(at: z + 1) else { return z + 1 }
        var value = numerator * 100 / denominator
        if negative { value = -value }
        finish(start: start, end: end, value: value, unit: "%", kind: .percent, baseValue: value, baseUnit: "%", infix: nil)
        return max(end, p + 1)
    }

    /// A fraction's numerator (or percent's number) after 分之: optional 负, a run, folded.
    mutating func numerator(at i: Int) -> (Decimal, Int)? {
        var k = skipSpaces(i)
        var negative = false
        if NumeralCharacter.isNegativeWord(v(k)) || NumeralCharacter.isMinus(v(k)) { negative = true; k += 1 }
        guard NumeralCharacter.isChineseNumeral(v(k)) || NumeralCharacter.arabicDigit(v(k)) != nil else { return nil }
        var end = collectRun(from: k)
        guard !elements.isEmpty else { return nil }
        var count = elements.count
        var result: Decimal
        switch ChineseNumber.evaluate(elements[0..<count]) {
        case .value(let x, _): result = x
        case .invalid(let at):
            guard at > 0, case .small = elements[at] else {
                if at > 0, case .big = elements[at] {} else { return nil }
                count = at; end = elementStarts[at]
                guard let x = value(0..<count) else { return nil }
                return (negative ? -x.0 : x.0, end)
            }
            count = at; end = elementStarts[at]
            guard let x = value(0..<count) else { return nil }
            result = x.0
        }
        return (negative ? -result : result, end)
    }

    /// `x × 10^e` by moving the exponent (Decimal multiplication allocates; this does not).
    @inline(__always)
    static func shift(_ x: Decimal, by e: Int) -> Decimal {
        if e == 0 || x.isZero { return x }
        return Decimal(sign: x.sign, exponent: x.exponent + e, significand: x.significand)
    }

    /// Division for fractions, rounded to 16 decimal places.
    static func divide(_ a: Decimal, _ b: Decimal) -> Decimal {
        var q = a / b
        var r = Decimal()
        NSDecimalRound(&r, &q, 16, .plain)
        return r
    }

    /// A number (Arabic, Chinese or mixed) at `p` with everything that may follow it.
    mutating func number(start: Int, at p: Int, negative: Bool) -> Int {
        // A Chinese digit with no numeral or 点 after it (spaces skipped) is a run of that one digit:
        // whether it is a lone digit in a word, the commonest candidate, is decided before reading it.
        if NumeralCharacter.chineseDigit(t[p].value) != nil, !NumeralCharacter.isChineseNumeral(v(skipSpaces(p + 1))),
           !NumeralCharacter.isPoint(v(skipSpaces(p + 1))), isLoneDigitInWord(start: start, runEnd: p + 1) { return p + 1 }
        var runEnd = collectRun(from: p)
        if elements.isEmpty { return max(runEnd, p + 1) }            // version-like 1.2.3 skipped whole
        if elements.count == 1, case .digit = elements[0], isLoneDigitInWord(start: start, runEnd: runEnd) { return runEnd }
        let arabic = hasArabic
        let before = previousNonSpace(start)

        // Ordinals: 第一, 第3.
        if v(before) == 0x7B2C { return runEnd }
        if let a = firstArabic {
            if a.versionLike { return a.end }
            // Codes and identifiers: GB 25465-2010, ISO 14001, PM2.5, 5G.
            // (After a slash only when an ASCII piece precedes it: "1250万千瓦/2710万千瓦时" is a pair.)
            if NumeralCharacter.isASCIILetter(v(before)) || (v(start - 1) == 0x2F && !(v(start - 2) &- 0x4E00 < 0x5200)) || v(start - 1) == 0x5F { return skipIdentifier(from: p) }
            if elements.count == 1 {
                let after = v(a.end)
                if (NumeralCharacter.isASCIILetter(after) || NumeralCharacter.isFullWidthLetter(after)), UnitTable.match(t, at: a.end) == nil {
                    return skipIdentifier(from: p)
                }
                if a.leadingZero || (a.integerDigits >= 11 && !a.hasSeparator && !a.hasFraction) {
                    return skipIdentifier(from: p)                       // phone numbers, IDs
                }
                if after == 0x3A || after == 0xFF1A, NumeralCharacter.arabicDigit(v(a.end + 1)) != nil { return skipIdentifier(from: p) }
                // dates with slashes: 2024/6/5
                if after == 0x2F, let b = ArabicNumber.read(t, at: a.end + 1), b.start == a.end + 1, v(b.end) == 0x2F,
                   NumeralCharacter.arabicDigit(v(b.end + 1)) != nil { return skipIdentifier(from: p) }
                // plan codes: “1+3+1”, “2+36”
                if after == 0x2B, NumeralCharacter.isASCIIAlnum(v(a.end + 1)) {
                    var k = a.end
                    while k < n, NumeralCharacter.isASCIIAlnum(t[k].value) || t[k].value == 0x2B { k += 1 }
                    return k
                }
                if let skip = dateSkip(a) { return skip }
            }
        } else if arabic == false {
            // Chinese dates: 十二月, 二〇二四年
            let q = skipSpaces(runEnd)
            let w = v(q)
            if w == 0x6708 || w == 0x65E5 || w == 0x53F7 { return q + 1 }      // 月 日 号
            if (w == 0x5927 || w == 0x5C4A) && elements.count > 1 { return q + 1 } // 十八大, 二十届: congresses, sessions
            if w == 0x5E74, elements.count == 4, elements.allSatisfy({ if case .digit = $0 { return true }; return false }) { return q + 1 }
        }

        // Split trailing big scales (8.2万 → 8.2 + 万).
        // Only when the head has no big scale of its own (四十五亿四千零四万 is one number).
        var headCount = elements.count
        while headCount > 0, case .big = elements[headCount - 1] { headCount -= 1 }
        if elements[0..<headCount].contains(where: { if case .big = $0 { return true }; return false }) { headCount = elements.count }
        var scaleExponent = 0
        var scaleEnd = runEnd
        var scaleStart = headCount < elements.count ? elementStarts[headCount] : runEnd
        for k in headCount..<elements.count { if case .big(let b) = elements[k] { scaleExponent += b } }

        let prefix = QualifierWords.prefix(t, endingAt: start)
        var headValue: Decimal
        var digitSequence = false
        if headCount == 0 {
            guard let pre = prefix, t[pre.start].value == 0x7834 else { return runEnd }   // 破万吨
            headValue = 1
        } else {
            switch ChineseNumber.evaluate(elements[0..<headCount]) {
            case .value(let x, let seq): headValue = x; digitSequence = seq
            case .invalid(let at):
                var isScale = false, isSmall = false
                if case .small = elements[at] { isScale = true; isSmall = true }
                if case .big = elements[at] { isScale = true }
                // A small scale word that ends the run (五十千), or a scale word that begins a unit
                // (五十千克, 三百万千瓦): the number before it stands. Otherwise the run is
                // malformed (九千九百九千九百万, 一万二万三万, 一亿二万三亿): no part of it is a number.
                let ends = (isSmall && at == headCount - 1) || UnitTable.match(t, at: elementStarts[at]) != nil
                guard at > 0, isScale, ends, let x = value(0..<at) else { return runEnd }
                headValue = x.0; digitSequence = x.1
                headCount = at; runEnd = elementStarts[at]; scaleExponent = 0; scaleStart = runEnd; scaleEnd = runEnd
            }
        }

        // Infix qualifier: 600余万元, 二十几万, 5万余吨, 20多名.
        var infix: Qualifier? = nil
        var q = skipSpaces(runEnd, max: 2)
        if QualifierWords.isInfix(v(q)) && (v(q) != 0x51E0 && v(q) != 0x5E7E || !arabic) {
            let r = skipSpaces(q + 1, max: 2)
            let w = v(r)
            var ok = NumeralCharacter.bigScale(w) != nil || UnitTable.match(t, at: r) != nil
            if !ok && (v(q) == 0x591A || v(q) == 0x4F59) {
                ok = r >= n || w < 0x3000 || (w >= 0x3000 && w < 0x3040) || (w >= 0xFF00 && w < 0xFF20) || w == 0xFF0C || w == 0xFF1B
            }
            if ok {
                infix = .moreThan
                q = r
                if scaleExponent == 0 {
                    var m = r
                    scaleStart = r
                    while let b = NumeralCharacter.bigScale(v(m)), b != 12 { scaleExponent += b; m += 1 }
                    scaleEnd = m
                    q = m
                } else {
                    q = r
                }
                runEnd = q
            }
        }
        // The scale word as written: mostly one scalar (万, 亿), whose strings are shared.
        let singleScale = scaleExponent > 0 && scaleEnd - scaleStart == 1 ? NumeralCharacter.bigScaleIndex(t[scaleStart].value) : nil
        let scaleText = if let singleScale { NumeralCharacter.bigScaleWords[singleScale] }
            else if scaleExponent > 0 { QuantityScan.makeString(t, scaleStart..<scaleEnd) { !NumeralCharacter.isSpace($0) && !QualifierWords.isInfix($0) } }
            else { "" }
        // Decimal arithmetic allocates: no multiplications by one or by ±1 on the hot path.
        @inline(__always) func signed(_ x: Decimal) -> Decimal { negative ? -x : x }
        // `shift(headValue, by: scaleExponent)` is the head with the scale folded in (8.2万 → 82000):
        // computed on the paths that use it (a unit token folds the unit's factor in as well). Not a
        // local function: capturing the mutable head and exponent costs an access check per token.

        // Suffixes.
        let s = infix == nil ? skipSpaces(runEnd) : q
        let w = v(s)
        // %, ％, ‰
        if w == 0x25 || w == 0xFF05 || w == 0x2030 {
            let unit = w == 0x2030 ? "‰" : "%"
            let value = signed(QuantityScan.shift(headValue, by: scaleExponent))
            finish(start: start, end: s + 1, value: value, unit: unit, kind: .percent,
                   baseValue: w == 0x2030 ? value / 10 : value, baseUnit: "%", infix: infix, prefix: prefix)
            return s + 1
        }
        // 个百分点, 百分点
        if let e = percentagePoint(at: s) {
            let value = signed(QuantityScan.shift(headValue, by: scaleExponent))
            finish(start: start, end: e, value: value, unit: "百分点", kind: .percentagePoint,
                   baseValue: value, baseUnit: "百分点", infix: infix, prefix: prefix)
            return e
        }
        // X分之Y
        if infix == nil, w == 0x5206, v(skipSpaces(s + 1)) == 0x4E4B {
            let denominator = QuantityScan.shift(headValue, by: scaleExponent)
            guard denominator != 0, let (num, e) = numerator(at: skipSpaces(s + 1) + 1) else { return runEnd }
            let value = signed(QuantityScan.divide(num, denominator))
            finish(start: start, end: e, value: value, unit: "", kind: .fraction, baseValue: value, baseUnit: "", infix: nil, prefix: prefix)
            return e
        }
        // X又Y分之Z
        if infix == nil, w == 0x53C8 {
            let whole = QuantityScan.shift(headValue, by: scaleExponent)
            let k = skipSpaces(s + 1)
            if NumeralCharacter.isChineseNumeral(v(k)) || NumeralCharacter.arabicDigit(v(k)) != nil {
                // reading the fraction reuses the run buffers: keep ours for when it is no fraction
                let saved = (elements, elementStarts, firstArabic)
                defer { (elements, elementStarts, firstArabic) = saved }
                let dEnd = collectRun(from: k)
                if let (den, _) = value(0..<elements.count), den != 0 {
                    let f = skipSpaces(dEnd)
                    if v(f) == 0x5206, v(skipSpaces(f + 1)) == 0x4E4B, let (num, e) = numerator(at: skipSpaces(f + 1) + 1) {
                        let value = signed(whole + QuantityScan.divide(num, den))
                        finish(start: start, end: e, value: value, unit: "", kind: .fraction, baseValue: value, baseUnit: "", infix: nil, prefix: prefix)
                        return e
                    }
                }
            }
        }
        // Slash fractions: 1/2, 1 3/5, -3/2
        if arabic, elements.count == 1, infix == nil, let a = firstArabic, !a.hasFraction, let e = slashFraction(a, negative: negative, start: start, prefix: prefix) {
            return e
        }
        // 三成, 7.2成, 三成半
        if infix == nil, scaleExponent == 0, w == 0x6210, headValue <= 10, !wordAfterCheng(s + 1) {
            var value = headValue * 10
            var e = s + 1
            var more: Qualifier? = nil
            if v(e) == 0x591A || v(e) == 0x4F59 { more = .moreThan; e += 1 }     // 三成多
            else if v(e) == 0x534A { value += 5; e += 1 }
            else {
                let k = skipSpaces(e, max: 1)
                if let d = NumeralCharacter.chineseDigit(v(k)), d > 0, !NumeralCharacter.isChineseNumeral(v(k + 1)),
                   UnitTable.match(t, at: k + 1) == nil, !NumeralCharacter.isPoint(v(k + 1)) { value += Decimal(d); e = k + 1 }
            }
            finish(start: start, end: e, value: signed(value), unit: "%", kind: .percent, baseValue: signed(value), baseUnit: "%", infix: more, prefix: prefix)
            return e
        }
        // 九折, 75折, 三八折
        if infix == nil, scaleExponent == 0, w == 0x6298, !wordAfterZhe(s + 1) {
            var value: Decimal? = nil
            if headValue < 10, headValue > 0, !(headCount == 1 && elements[0] == .small(1)) { value = headValue * 10 }
            else if headValue < 100, headValue >= 10, digitSequence || (arabic && firstArabic?.hasFraction == false) { value = headValue }
            if let value {
                finish(start: start, end: s + 1, value: signed(value), unit: "%", kind: .percent, baseValue: signed(value), baseUnit: "%", infix: nil, prefix: prefix)
                return s + 1
            }
        }
        // 百年, 千家万户: a leading 百/千 needs a digit after it (百三) or a big scale (百亿元, 千万吨).
        if !arabic, case .small(let s0) = elements[0], s0 >= 2 {
            var ok = false
            if elements.count >= 2 {
                switch elements[1] { case .digit, .big: ok = true; default: ok = false }
            }
            if !ok { return runEnd }
        }
        // Units.
        let unitAt = infix == nil ? s : q
        if let (ue, id) = UnitTable.match(t, at: unitAt), !excludedWord(unitAt: unitAt, unitEnd: ue) {
            let entry = UnitTable.entries[id]
            var unit = if let singleScale { entry.scaledWritten[singleScale] }
                else if scaleText.isEmpty { entry.written } else { scaleText + entry.written }
            // set only for a compound unit; otherwise the entry's base with the scale folded in
            var compound: (unit: String, factor: Decimal)? = nil
            var isMoney = entry.isMoney
            var e = ue
            // 人次, 架次, 亿人公里, 亿吨公里: a tail makes a compound unit.
            if let tailEnd = UnitTable.compoundTail(t, at: ue), !UnitTable.compoundTails.contains(entry.scalars) {
                unit += QuantityScan.makeString(t, ue..<tailEnd)
                e = tailEnd
                compound = UnitTable.base(of: unit)
            }
            // A substance in a mass unit: 万吨二氧化碳当量, 吨二氧化碳/兆瓦时 (but 减排8.2万吨二氧化碳
            // names what is emitted: without 当量 or a `/`, the substance is left to the text).
            if entry.isMass, let (se, word) = UnitTable.substance(t, at: ue),
               word.hasSuffix("当量") || word.hasSuffix("e") || v(se) == 0x2F || v(se) == 0xFF0F {
                unit += word
                e = se
                compound = UnitTable.base(of: unit)
            }
            // compound: 吨标煤/吨铝, 千瓦时/吨
            // (the denominator may carry a scale word: 吨标准煤/万元, 千瓦时/万元产值)
            if v(e) == 0x2F || v(e) == 0xFF0F,
               let (de, _) = UnitTable.match(t, at: e + 1)
                ?? (NumeralCharacter.bigScale(v(e + 1)) != nil || NumeralCharacter.smallScale(v(e + 1)) != nil
                    ? UnitTable.match(t, at: e + 2) : nil) {
                var end = de
                if let pe = UnitTable.matchProduct(t, at: de) { end = pe }
                unit += "/" + QuantityScan.makeString(t, (e + 1)..<end)
                e = end
                let base = UnitTable.base(of: unit)
                compound = base
                isMoney = UnitTable.isMoney(base.unit)
            }
            let baseUnit = compound?.unit ?? entry.base
            let value = signed(headValue)
            let kind: Quantity.Kind = isMoney ? .money : (baseUnit.isEmpty ? .number : .quantity)
            let baseValue: Decimal
            // a compound base always differs from the entry's (it has a `/`)
            if compound == nil, let fe = entry.factorExponent { baseValue = QuantityScan.shift(value, by: scaleExponent + fe) }
            else { baseValue = value * (compound?.factor ?? ArabicNumber.powersOfTen[min(scaleExponent, 40)] * entry.factor) }
            finish(start: start, end: e, value: value, unit: unit, kind: kind, baseValue: baseValue,
                   baseUnit: baseUnit, infix: infix, prefix: prefix)
            return e
        }

        // No unit: conservative rule for Chinese numerals.
        if !arabic {
            let single = headCount == 1 && scaleExponent == 0
            if digitSequence && !single { return runEnd }
            if single && !alone(start, runEnd) { return runEnd }
            if case .small(let s0) = elements[0], s0 >= 2, elements.count >= 2, case .big = elements[1] { return runEnd } // 千万 (must)
            if case .big = elements[0], prefix.map({ t[$0.start].value != 0x7834 }) ?? true { return runEnd }
        }
        // Quoted names: “4223”, “十四五”.
        if scaleExponent == 0, infix == nil, NumeralCharacter.isOpenQuote(v(start - 1)), NumeralCharacter.isCloseQuote(v(runEnd)) { return runEnd }
        let value = signed(headValue)
        let unit = scaleText
        finish(start: start, end: runEnd, value: value, unit: unit, kind: .number, baseValue: signed(QuantityScan.shift(headValue, by: scaleExponent)),
               baseUnit: "", infix: infix, prefix: prefix)
        return runEnd
    }

    /// A run of one Chinese digit (`start..<runEnd`) with nothing after it that a number takes (一是,
    /// 统一, 二氧化碳): the most common candidate in Han text. `number` would read it through and
    /// reject it (a single numeral needs a unit, %, 百分点, 成/折, 分之 or a line of its own); this
    /// decides it up front. Anything that could make it a token or a date is left to `number`.
    func isLoneDigitInWord(start: Int, runEnd: Int) -> Bool {
        if QualifierWords.isInfix(v(skipSpaces(runEnd, max: 2))) { return false }     // 余 多 几
        let s = skipSpaces(runEnd)
        switch v(s) {
        // % ％ ‰, 个/個/百 (百分点), 分 (分之), 又, 成, 折, 月 日 号 (dates)
        case 0x25, 0xFF05, 0x2030, 0x4E2A, 0x500B, 0x767E, 0x5206, 0x53C8, 0x6210, 0x6298, 0x6708, 0x65E5, 0x53F7:
            return false
        default:
            break
        }
        return UnitTable.match(t, at: s) == nil && !alone(start, runEnd)
    }

    /// Years (2024年, 2021-2025年), months (6月, 1-3月), days (5日): not numbers. Returns where to skip to.
    func dateSkip(_ a: ArabicNumber) -> Int? {
        guard let x = a.integerValue, !a.hasSeparator else { return nil }
        var q = skipSpaces(a.end, max: 1)
        if a.integerDigits == 4, NumeralCharacter.isNewline(v(q)), v(q + 1) == 0x5E74 { q += 1 }   // 2022⏎年 (PDF line break)
        let w = v(q)
        if w == 0x5E74, a.integerDigits == 4 { return q + 1 }                           // 年
        // a bare year glued to the next word: 中铝集团2024协同推进, 2025中国—东盟博览会
        if a.integerDigits == 4, x >= 1949, x <= 2100, q == a.end, w &- 0x4E00 < 0x5200, UnitTable.match(t, at: q) == nil,
           !QualifierWords.isInfix(w), NumeralCharacter.bigScale(w) == nil, NumeralCharacter.smallScale(w) == nil,
           w != 0x6210, w != 0x6298, w != 0x5206, w != 0x4E2A, w != 0x500B { return q }
        if w == 0x6708, x >= 1, x <= 12 { return q + 1 }                                 // 月
        if (w == 0x65E5 || w == 0x53F7), x >= 1, x <= 31 { return q + 1 }               // 日 号
        if NumeralCharacter.isRangeSeparator(w), NumeralCharacter.arabicDigit(v(q + 1)) != nil,
           let b = ArabicNumber.read(t, at: q + 1), let y = b.integerValue {
            let r = skipSpaces(b.end, max: 1)
            let u = v(r)
            if u == 0x5E74, a.integerDigits == 4, b.integerDigits == 4 { return r + 1 }
            if u == 0x6708, x <= 12, y <= 12 { return r + 1 }
            if u == 0x65E5 || u == 0x53F7, x <= 31, y <= 31 { return r + 1 }
            // 2024-06-05, 0871-1234: dates, phones
            if NumeralCharacter.isMinus(w), NumeralCharacter.isMinus(v(b.end)), NumeralCharacter.arabicDigit(v(b.end + 1)) != nil { return skipIdentifier(from: a.start) }
        }
        return nil
    }

    /// 个百分点 / 個百分點 / 百分点, spaces allowed between the characters; returns the end.
    func percentagePoint(at s: Int) -> Int? {
        var k = s
        if v(k) == 0x4E2A || v(k) == 0x500B { k = skipSpaces(k + 1) }
        guard v(k) == 0x767E else { return nil }
        k = skipSpaces(k + 1)
        guard v(k) == 0x5206 else { return nil }
        k = skipSpaces(k + 1)
        guard NumeralCharacter.isPoint(v(k)) else { return nil }
        return k + 1
    }

    /// `1/2`, `-3/2`, `1 3/5`: Arabic integer fractions (not dates like 2024/6/5, not `GB/T`).
    mutating func slashFraction(_ a: ArabicNumber, negative: Bool, start: Int, prefix: (start: Int, qualifier: Qualifier)?) -> Int? {
        if v(a.start - 1) == 0x2F || v(a.start - 1) == 0xFF0F { return nil }
        // Reading at `a.start` gives `a` again: without a slash or space after it there is no fraction.
        let after = v(a.end)
        guard after == 0x2F || after == 0xFF0F || NumeralCharacter.isSpace(after) else { return nil }
        func readSlash(at k: Int) -> (ArabicNumber, ArabicNumber)? {
            guard let x = ArabicNumber.read(t, at: k), !x.hasFraction, !x.hasSeparator, v(x.end) == 0x2F || v(x.end) == 0xFF0F,
                  let y = ArabicNumber.read(t, at: x.end + 1), !y.hasFraction, y.start == x.end + 1,
                  !(v(y.end) == 0x2F || v(y.end) == 0xFF0F), !NumeralCharacter.isASCIILetter(v(y.end)), y.value != 0 else { return nil }
            return (x, y)
        }
        let sign: Decimal = negative ? -1 : 1
        if let (x, y) = readSlash(at: a.start) {
            let value = sign * QuantityScan.divide(x.value, y.value)
            finish(start: start, end: y.end, value: value, unit: "", kind: .fraction, baseValue: value, baseUnit: "", infix: nil, prefix: prefix)
            return y.end
        }
        if NumeralCharacter.isSpace(v(a.end)), NumeralCharacter.arabicDigit(v(a.end + 1)) != nil, let (x, y) = readSlash(at: a.end + 1) {
            let value = sign * (a.value + QuantityScan.divide(x.value, y.value))
            finish(start: start, end: y.end, value: value, unit: "", kind: .fraction, baseValue: value, baseUnit: "", infix: nil, prefix: prefix)
            return y.end
        }
        return nil
    }

    /// 成 starting a word: 成为, 成立, 成本, 一成不变…
    func wordAfterCheng(_ k: Int) -> Bool {
        switch v(k) {
        case 0x4E3A, 0x70BA, 0x7ACB, 0x5458, 0x54E1, 0x672C, 0x679C, 0x529F, 0x7EE9, 0x7E3E, 0x719F, 0x4EA4,
             0x54C1, 0x6548, 0x5957, 0x5C31, 0x4E0D, 0x578B, 0x90FD, 0x957F, 0x9577: return true
        default: return false
        }
    }

    /// 折 starting a word: 折合, 折算, 折旧, 折标…
    func wordAfterZhe(_ k: Int) -> Bool {
        switch v(k) {
        case 0x5408, 0x7B97, 0x65E7, 0x820A, 0x5C04, 0x6263, 0x7EBF, 0x7DDA, 0x53E0, 0x758A, 0x8FD4, 0x817E,
             0x9A30, 0x4EF7, 0x50F9, 0x635F, 0x640D, 0x4E2D, 0x670D, 0x6807, 0x6A19: return true
        default: return false
        }
    }

    /// Words that look like number + unit but are not: 一次性, 一次能源, 二次污染, 一对一, 一打开.
    func excludedWord(unitAt u: Int, unitEnd e: Int) -> Bool {
        let unit = t[u].value
        let next = v(e)
        switch unit {
        case 0x6B21:                                   // 次
            return next == 0x6027 || next == 0x80FD || next == 0x6C61 || next == 0x98CE || next == 0x5143 // 性 能 污 风 元
        case 0x5BF9, 0x5C0D:                           // 对
            return next == 0x4E00 || next == 0x6BD4 || next == 0x5E94 || next == 0x63A5 || next == 0x8BDD
        case 0x6253:                                   // 打
            switch next {
            case 0x5F00, 0x958B, 0x51FB, 0x64CA, 0x9020, 0x7834, 0x901A, 0x54CD, 0x7B97, 0x5370, 0x626B, 0x5361, 0x5DE5,
                 0x8D62, 0x7403, 0x6298, 0x5BF9, 0x4E86, 0x597D, 0x51FA, 0x4E0B, 0x5165, 0x8FDB: return true
            default: return false
            }
        case 0x5EA6:                                   // 度 as in 一度, 年度
            return next == 0x8FC7 || next == 0x8D85
        case 0x4F4D:                                   // 位 of 两位数 (a number of digits)
            return next == 0x6570
        case 0x4EBA:                                   // 一人一档
            return next == 0x4E00
        case 0x8D77:                                   // 起 as a count of events, not 起步, 起草, 一起
            return !NumeralCharacter.isASCIIAlnum(v(u - 1)) && v(u - 1) != 0x20
                || next &- 0x4E00 < 0x5200 && next != 0x548C && next != 0x53CA && next != 0x4E0E  // but 和 及 与 join a list
        default: return false
        }
    }

    /// The numeral stands alone on its line (a table cell, a heading number): `二`, `十`.
    func alone(_ s: Int, _ e: Int) -> Bool {
        let b = previousNonSpace(s)
        guard b < 0 || NumeralCharacter.isNewline(t[b].value) else { return false }
        var k = e
        while k < n, NumeralCharacter.isSpace(t[k].value) { k += 1 }
        return k >= n || NumeralCharacter.isNewline(t[k].value)
    }

    // MARK: - Emitting

    /// UTF-8 encodes `t[range]` straight into a String.
    ///
    /// The capacity is the exact UTF-8 length: up to 15 bytes (most tokens: `12.43万吨` is 11) the
    /// String is then stored inline, with no heap allocation; a capacity over 15 always allocates.
    static func makeString(_ t: [Unicode.Scalar], _ range: Range<Int>) -> String {
        t.withUnsafeBufferPointer { text in
            let scalars = UnsafeBufferPointer(rebasing: text[range])
            var length = 0
            for s in scalars {
                let v = s.value
                length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            }
            return String(unsafeUninitializedCapacity: length) { buffer in
                let out = buffer.baseAddress!
                var k = 0
                for s in scalars {
                    let v = s.value
                    if v < 0x80 { out[k] = UInt8(v); k += 1 }
                    else if v < 0x800 {
                        out[k] = UInt8(0xC0 | (v >> 6)); out[k + 1] = UInt8(0x80 | (v & 0x3F)); k += 2
                    } else if v < 0x10000 {
                        out[k] = UInt8(0xE0 | (v >> 12)); out[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        out[k + 2] = UInt8(0x80 | (v & 0x3F)); k += 3
                    } else {
                        out[k] = UInt8(0xF0 | (v >> 18)); out[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                        out[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[k + 3] = UInt8(0x80 | (v & 0x3F)); k += 4
                    }
                }
                return k
            }
        }
    }

    /// Only the scalars of `t[range]` passing `keep`, as a String (rare: a scale of several words).
    static func makeString(_ t: [Unicode.Scalar], _ range: Range<Int>, keep: (UInt32) -> Bool) -> String {
        let kept = t[range].filter { keep($0.value) }
        return makeString(kept, 0..<kept.count)
    }

    mutating func emit(_ s: Int, _ e: Int, value: Decimal, unit: String, kind: Quantity.Kind, qualifier: Qualifier?) {
        finish(start: s, end: e, value: value, unit: unit, kind: kind, baseValue: value,
               baseUnit: kind == .percent ? "%" : unit, infix: qualifier)
    }

    /// Adds prefix/suffix qualifiers and appends the token.
    mutating func finish(start: Int, end: Int, value: Decimal, unit: String, kind: Quantity.Kind, baseValue: Decimal,
                         baseUnit: String, infix: Qualifier?, prefix: (start: Int, qualifier: Qualifier)?? = .none) {
        var s = start, e = end
        var qualifier = infix
        let pre: (start: Int, qualifier: Qualifier)? = prefix ?? QualifierWords.prefix(t, endingAt: start)
        if let pre { s = pre.start; qualifier = pre.qualifier }
        if let suf = QualifierWords.suffix(t, at: end) {
            e = suf.end
            if qualifier == nil { qualifier = suf.qualifier }
        }
        // never overlap the previous token
        if let lastEnd = tokens.last?.end, s < lastEnd { s = max(start, lastEnd) }
        tokens.append(Quantity(text: QuantityScan.makeString(t, s..<e), start: s, end: e, value: value, unit: unit, kind: kind,
                               qualifier: qualifier, baseValue: baseValue, baseUnit: baseUnit))
    }
}
