import Foundation

/// Chinese numerals: `三千零五` → 3005, `一万三` → 13000, `两千万点五五四四`, `壹佰伍拾`, `二〇二四`,
/// mixed with Arabic digits (`3万4000`, `1千零20`, `8.2万`).
///
/// `parse(_:)` reads a whole string through `QuantityScanner`, so it accepts exactly what the
/// scanner turns into one unit-less number, percent or fraction.
public enum ChineseNumber {
    /// Parses a whole numeral string: "三千零五" → 3005, "1.2万" → 12000, "两百" → 200,
    /// "壹贰叁" → 123, "五点八" → 5.8, "百分之五" → 5 (percent), "千分之三" → 0.3 (percent),
    /// "三成" → 30 (percent), "三分之一" → 0.333…; nil if not a number (or a number with a unit
    /// or qualifier). Surrounding spaces are ignored.
    public static func parse(_ s: String) -> Decimal? {
        let scalars = Array(s.unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi, NumeralCharacter.isSpace(scalars[lo].value) || NumeralCharacter.isNewline(scalars[lo].value) { lo += 1 }
        while hi > lo, NumeralCharacter.isSpace(scalars[hi - 1].value) || NumeralCharacter.isNewline(scalars[hi - 1].value) { hi -= 1 }
        guard lo < hi else { return nil }
        // A bare numeral: 壹贰叁, 两两, 三千零五 (no context rules apply to a whole string).
        var scanner = QuantityScan(scalars)
        if scanner.collectRun(from: lo) == hi, case .value(let v, _) = evaluate(scanner.elements[...]) { return v }
        let tokens = QuantityScanner.scan(scalars)
        guard tokens.count == 1, let q = tokens.first, q.start == lo, q.end == hi, q.qualifier == nil,
              q.baseUnit.isEmpty || q.kind == .percent else { return nil }
        return q.kind == .percent ? q.value : q.baseValue
    }

    /// One element of a numeral run.
    enum Element: Equatable {
        case arabic(Decimal)
        /// 0–9; 〇/零 are digit 0 (a positional zero in `二〇二四`, a gap marker in `一千零五`).
        case digit(Int)
        /// 十百千: power of ten 1…3.
        case small(Int)
        /// 万亿兆: power of ten 4, 8, 12.
        case big(Int)
        /// 点 followed by digits: the decimal fraction.
        case fraction(Decimal)
    }

    /// Result of evaluating a run of elements.
    enum Evaluation {
        case value(Decimal, digitSequence: Bool)
        /// Invalid from this element on (`五十千` fails at `千`).
        case invalid(at: Int)
    }

    /// `x × 10^e` as an exponent shift (a Decimal multiplication allocates and costs ~3000 instructions).
    @inline(__always)
    static func times10(_ x: Decimal, _ e: Int) -> Decimal { QuantityScan.shift(x, by: e) }

    /// Evaluates a run. Two forms: positional digits (`二〇二四`, `三八`, optionally with a
    /// fraction) and scaled numerals with 十百千 sections under 万/亿/兆 groups, implicit 一
    /// before a leading 十百千, elision (`一万三` = 13000, `四百五` = 450) and 零 gaps.
    static func evaluate(_ e: ArraySlice<Element>) -> Evaluation {
        guard !e.isEmpty else { return .invalid(at: 0) }
        if e.count == 1, case .arabic(let x) = e.first! { return .value(x, digitSequence: false) }   // fast path
        let base = e.startIndex
        // Positional form: only Chinese digits (at least two), perhaps a fraction at the end.
        var allDigits = true, digitCount = 0
        for (k, el) in e.enumerated() {
            if case .digit = el { digitCount += 1; continue }
            if case .fraction = el, k == e.count - 1 { continue }
            allDigits = false; break
        }
        if allDigits && digitCount >= 2 {
            var v = Decimal(0)
            for el in e {
                if case .digit(let d) = el { v = times10(v, 1) + Decimal(d) }
                if case .fraction(let f) = el { v += f }
            }
            return .value(v, digitSequence: true)
        }

        var groups: [(value: Decimal, scale: Int)] = []
        var section = Decimal(0)
        var pending: Decimal? = nil
        var pendingIsChineseDigit = false
        var lastSmall = 4                 // small scales must decrease within a section
        var lastScale = 0                 // exponent of the most recent scale, for elision
        var zeroGap = false
        var fraction: Decimal? = nil
        var sawValue = false

        func elided() -> Decimal {
            guard let p = pending else { return 0 }
            if pendingIsChineseDigit, !zeroGap, lastScale >= 1 { return times10(p, lastScale - 1) }
            return p
        }

        for (k, el) in e.enumerated() {
            let index = base + k
            if fraction != nil, case .big = el {} else if fraction != nil { return .invalid(at: index) }
            switch el {
            case .arabic(let v):
                if pending != nil { return .invalid(at: index) }
                pending = v; pendingIsChineseDigit = false; sawValue = true
            case .digit(let d):
                if d == 0 {
                    if pending != nil { return .invalid(at: index) }
                    zeroGap = true; sawValue = true
                } else {
                    if pending != nil { return .invalid(at: index) }
                    pending = Decimal(d); pendingIsChineseDigit = true; sawValue = true
                }
            case .small(let s):
                if s >= lastSmall { return .invalid(at: index) }
                let m = pending ?? 1
                section += times10(m, s)
                pending = nil; lastSmall = s; lastScale = s; zeroGap = false; sawValue = true
            case .big(let b):
                // no elision before a big scale: 五亿四万 is 4 万, not 4000 万
                var add = section + (pending ?? 0) + (fraction ?? 0)
                fraction = nil
                var scale = b
                // 千万亿, 一万五千亿, 万万: a larger or equal scale multiplies what stands before it;
                // but a number between two equal scales (一万二万, 九千万九千万) is no numeral.
                let own = add
                while let top = groups.last, top.scale <= b {
                    if top.scale == b, own != 0 { return .invalid(at: index) }
                    add += top.value; scale = top.scale + b; groups.removeLast()
                }
                if add == 0 { return .invalid(at: index) }
                groups.append((times10(add, b), scale))
                section = 0; pending = nil; lastSmall = 4; lastScale = b; zeroGap = false
            case .fraction(let f):
                if !sawValue { return .invalid(at: index) }
                fraction = f
            }
        }
        var total = section + elided() + (fraction ?? 0)
        for g in groups { total += g.value }
        return .value(total, digitSequence: false)
    }
}
