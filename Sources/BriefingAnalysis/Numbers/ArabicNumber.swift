import Foundation

/// One Arabic numeral read from the text: `4,027`, `4 027`, `10.52`, `.5`, `2.5e-3`, `2^5`, `15k`.
///
/// Thousands separators: `,` (or `，` between full-width digits) and a single space, each only
/// before a group of exactly three digits and only after a first group of one to three digits.
/// Internal helper of `QuantityScanner`.
struct ArabicNumber {
    var start: Int
    var end: Int
    var value: Decimal
    var integerDigits: Int
    var hasFraction: Bool
    var hasSeparator: Bool
    /// First integer digit is `0` and there are several integer digits (`0871`): ID or phone.
    var leadingZero: Bool
    /// A second decimal point followed the fraction (`1.2.3`, `2024.6.5`): version or date.
    var versionLike: Bool
    /// Plain integer value when small enough, for year/month/day checks.
    var integerValue: UInt64?

    static let powersOfTen: [Decimal] = (0...40).map { e in
        Decimal(sign: .plus, exponent: e, significand: 1)
    }

    /// Reads the numeral starting at `i` (a digit, or a decimal point followed by a digit).
    static func read(_ t: [Unicode.Scalar], at i: Int) -> ArabicNumber? {
        let n = t.count
        var j = i
        var acc = Digits()
        var intDigits = 0
        var fracDigits = 0
        var hasSep = false
        var firstDigit: UInt64? = nil

        // Integer part.
        var groupLen = 0
        var fullWidth = false
        while j < n, let d = NumeralCharacter.arabicDigit(t[j].value) {
            if firstDigit == nil { firstDigit = d; fullWidth = NumeralCharacter.isFullWidthDigit(t[j].value) }
            acc.push(d); intDigits += 1; groupLen += 1; j += 1
            // Thousands separator?
            if j + 3 < n + 1, j < n {
                let s = t[j].value
                let isComma = s == 0x2C || (s == 0xFF0C && fullWidth)
                let isSpace = s == 0x20
                if (isComma || isSpace), (hasSep ? groupLen == 3 : groupLen <= 3),
                   threeDigitGroup(t, at: j + 1) {
                    // a space separator only when the group after it is followed by a non-letter
                    hasSep = true; groupLen = 0; j += 1
                }
            }
        }
        if intDigits == 0 {
            // ".5": a decimal point directly followed by a digit
            guard j + 1 < n, NumeralCharacter.isDecimalPoint(t[j].value),
                  NumeralCharacter.arabicDigit(t[j + 1].value) != nil else { return nil }
        }
        // Fraction.
        var versionLike = false
        if j + 1 < n, NumeralCharacter.isDecimalPoint(t[j].value), NumeralCharacter.arabicDigit(t[j + 1].value) != nil {
            j += 1
            while j < n, let d = NumeralCharacter.arabicDigit(t[j].value) { acc.push(d); fracDigits += 1; j += 1 }
            if j + 1 < n, NumeralCharacter.isDecimalPoint(t[j].value), NumeralCharacter.arabicDigit(t[j + 1].value) != nil {
                versionLike = true
                while j < n, NumeralCharacter.arabicDigit(t[j].value) != nil || NumeralCharacter.isDecimalPoint(t[j].value) { j += 1 }
            }
        }
        let significand = acc.significand, big = acc.big
        var value: Decimal
        if let b = big {
            value = fracDigits == 0 ? b : b / powersOfTen[min(fracDigits, 40)]
        } else if fracDigits == 0 {
            value = Decimal(significand)    // the same bits as with `exponent: 0`, one call fewer
        } else {
            value = Decimal(sign: .plus, exponent: -fracDigits, significand: Decimal(significand))
        }
        var result = ArabicNumber(
            start: i, end: j, value: value, integerDigits: intDigits, hasFraction: fracDigits > 0,
            hasSeparator: hasSep, leadingZero: firstDigit == 0 && intDigits > 1 && fracDigits == 0,
            versionLike: versionLike,
            integerValue: (fracDigits == 0 && big == nil) ? significand : nil)
        if !versionLike, j < n, mayHaveSuffix(t[j].value) { result.readSuffixes(t) }
        return result
    }

    /// The digits read so far: a `UInt64` up to 18 digits, a `Decimal` beyond. (A struct, not
    /// variables captured by a local function: those were boxed and checked for exclusive
    /// access on every digit.)
    private struct Digits {
        var significand: UInt64 = 0
        var big: Decimal? = nil
        var count = 0

        @inline(__always) mutating func push(_ d: UInt64) {
            if let b = big { big = b * 10 + Decimal(d) }
            else if count >= 18 { big = Decimal(significand) * 10 + Decimal(d) }
            else { significand = significand &* 10 &+ d }
            count += 1
        }
    }

    /// Exactly three digits at `k`, not followed by a fourth.
    @inline(__always)
    private static func threeDigitGroup(_ t: [Unicode.Scalar], at k: Int) -> Bool {
        guard k + 2 < t.count else { return false }
        for m in k..<(k + 3) where NumeralCharacter.arabicDigit(t[m].value) == nil { return false }
        if k + 3 < t.count, NumeralCharacter.arabicDigit(t[k + 3].value) != nil { return false }
        return true
    }

    /// The scalars that may begin a suffix (`readSuffixes`): e E ^ k K ｋ Ｋ, or a space before k.
    @inline(__always)
    private static func mayHaveSuffix(_ c: UInt32) -> Bool {
        c == 0x65 || c == 0x45 || c == 0x5E || c == 0x6B || c == 0x4B || c == 0xFF4B || c == 0xFF2B
            || NumeralCharacter.isSpace(c)
    }

    /// Largest decimal magnitude a suffix may give (10^±90): `Decimal` holds about 10^±128,
    /// and its arithmetic traps beyond (an underflowing multiplication crashed the scan), so
    /// an exponent or power that would leave the range is not read as part of the number.
    static let largestMagnitude = 90.0

    /// Whether `value`·10^`exponent` stays within ±`largestMagnitude` decimal digits.
    static func staysInRange(_ value: Decimal, timesTenTo exponent: Int) -> Bool {
        guard !value.isZero else { return true }
        let magnitude = log10(abs(NSDecimalNumber(decimal: value).doubleValue)) + Double(exponent)
        return abs(magnitude) <= largestMagnitude
    }

    /// Whether `value`^`power` stays within ±`largestMagnitude` decimal digits (0 to a
    /// negative power is a division by zero: not read either).
    static func staysInRange(_ value: Decimal, toThe power: Int) -> Bool {
        guard !value.isZero else { return power >= 0 }
        let magnitude = log10(abs(NSDecimalNumber(decimal: value).doubleValue)) * Double(power)
        return abs(magnitude) <= largestMagnitude
    }

    /// Exponent (`e5`, `E-1`), power (`^-1`) and `k` (thousand) suffixes.
    private mutating func readSuffixes(_ t: [Unicode.Scalar]) {
        let n = t.count
        var j = end
        guard j < n else { return }
        let c = t[j].value
        if c == 0x65 || c == 0x45 {                     // e E
            var k = j + 1
            var negative = false
            if k < n, NumeralCharacter.isMinus(t[k].value) || NumeralCharacter.isPlus(t[k].value) {
                negative = NumeralCharacter.isMinus(t[k].value); k += 1
            }
            var exp = 0, count = 0
            while k < n, let d = NumeralCharacter.arabicDigit(t[k].value), count < 3 { exp = exp * 10 + Int(d); k += 1; count += 1 }
            if count > 0, !(k < n && NumeralCharacter.isASCIIAlnum(t[k].value)),
               Self.staysInRange(value, timesTenTo: negative ? -exp : exp) {
                value = Decimal(sign: value.sign, exponent: value.exponent + (negative ? -exp : exp),
                                significand: value.significand)
                end = k; hasFraction = true; integerValue = nil
            }
            return
        }
        if c == 0x5E {                                  // ^
            var k = j + 1
            var negative = false
            while k < n, NumeralCharacter.isMinus(t[k].value) || NumeralCharacter.isPlus(t[k].value) {
                if NumeralCharacter.isMinus(t[k].value) { negative.toggle() }
                k += 1
            }
            var exp = 0, count = 0
            while k < n, let d = NumeralCharacter.arabicDigit(t[k].value), count < 3 { exp = exp * 10 + Int(d); k += 1; count += 1 }
            if count > 0, Self.staysInRange(value, toThe: negative ? -exp : exp) {
                var p = Decimal(1)
                for _ in 0..<exp { p *= value }
                value = negative ? 1 / p : p
                end = k; hasFraction = true; integerValue = nil
            }
            return
        }
        // k / K, possibly after spaces, not followed by a letter (so `10kV`, `5 kg` are not thousands).
        while j < n, NumeralCharacter.isSpace(t[j].value), j - end < 2 { j += 1 }
        if j < n {
            let k = t[j].value
            if k == 0x6B || k == 0x4B || k == 0xFF4B || k == 0xFF2B,
               !(j + 1 < n && (NumeralCharacter.isASCIILetter(t[j + 1].value) || NumeralCharacter.isFullWidthLetter(t[j + 1].value))) {
                value *= 1000; end = j + 1; integerValue = nil
            }
        }
    }
}
