/// Cheap, switch-based classification of Unicode scalars for the number scanner.
///
/// Everything here works on raw scalar values (`UInt32`) so the scanner's hot loop never
/// touches `String` or `Character`. Internal helpers.
enum NumeralCharacter {
    /// QuantityScan start classes for every BMP scalar (0: never starts a token), built once:
    /// 1 digit or Chinese numeral or 负/半/对 (try a token), 2 `-` `+` `.` (a token if a digit
    /// follows), 3 ASCII letter (skip an identifier).
    static let startClass: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for v in UInt32(0)..<0x10000 {
            if arabicDigit(v) != nil || isChineseNumeral(v) || isNegativeWord(v) || v == 0x534A || v == 0x5BF9
                || v == 0x5C0D || v == 0xFF0D || v == 0xFF0E { table[Int(v)] = 1 }
            else if v == 0x2D || v == 0x2B || v == 0x2E { table[Int(v)] = 2 }
            else if isASCIILetter(v) { table[Int(v)] = 3 }
        }
        return table
    }()

    /// `startClass != 0` as one bit per BMP scalar (8 KB instead of 64 KB of cache for the
    /// scanner's skip loop, which tests every scalar of the text).
    static let startBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for (v, c) in startClass.enumerated() where c != 0 { bits[v >> 6] |= 1 << UInt64(v & 63) }
        return bits
    }()

    /// ASCII `0`–`9` or full-width `０`–`９` → digit value.
    @inline(__always)
    static func arabicDigit(_ v: UInt32) -> UInt64? {
        if v &- 0x30 < 10 { return UInt64(v &- 0x30) }
        if v &- 0xFF10 < 10 { return UInt64(v &- 0xFF10) }
        return nil
    }

    @inline(__always)
    static func isFullWidthDigit(_ v: UInt32) -> Bool { v &- 0xFF10 < 10 }

    /// Chinese digits in simplified, traditional and financial forms; 〇/零 are 0, 两/兩/倆 are 2.
    @inline(__always)
    static func chineseDigit(_ v: UInt32) -> Int? {
        switch v {
        case 0x3007, 0x96F6: return 0            // 〇 零
        case 0x4E00, 0x58F9, 0x5F0C: return 1    // 一 壹 弌
        case 0x4E8C, 0x8D30, 0x8CB3, 0x4E24, 0x5169, 0x5006: return 2 // 二 贰 貳 两 兩 倆
        case 0x4E09, 0x53C1, 0x53C3: return 3    // 三 叁 參
        case 0x56DB, 0x8086: return 4            // 四 肆
        case 0x4E94, 0x4F0D: return 5            // 五 伍
        case 0x516D, 0x9646, 0x9678: return 6    // 六 陆 陸
        case 0x4E03, 0x67D2: return 7            // 七 柒
        case 0x516B, 0x634C: return 8            // 八 捌
        case 0x4E5D, 0x7396: return 9            // 九 玖
        default: return nil
        }
    }

    /// 十百千 (and 拾佰仟) → power of ten.
    @inline(__always)
    static func smallScale(_ v: UInt32) -> Int? {
        switch v {
        case 0x5341, 0x62FE: return 1            // 十 拾
        case 0x767E, 0x4F70: return 2            // 百 佰
        case 0x5343, 0x4EDF: return 3            // 千 仟
        default: return nil
        }
    }

    /// 万萬 → 4, 亿億 → 8, 兆 → 12 (as a numeral scale; `兆瓦` is a unit, see `UnitTable`).
    @inline(__always)
    static func bigScale(_ v: UInt32) -> Int? {
        switch v {
        case 0x4E07, 0x842C: return 4            // 万 萬
        case 0x4EBF, 0x5104: return 8            // 亿 億
        case 0x5146: return 12                   // 兆
        default: return nil
        }
    }

    /// The big scales as written, in `bigScaleIndex` order.
    static let bigScaleWords = ["万", "萬", "亿", "億", "兆"]

    /// Position of a big scale in `bigScaleWords`.
    @inline(__always)
    static func bigScaleIndex(_ v: UInt32) -> Int? {
        switch v {
        case 0x4E07: return 0                    // 万
        case 0x842C: return 1                    // 萬
        case 0x4EBF: return 2                    // 亿
        case 0x5104: return 3                    // 億
        case 0x5146: return 4                    // 兆
        default: return nil
        }
    }

    /// Any scalar that can be part of a Chinese numeral run (digit or scale).
    @inline(__always)
    static func isChineseNumeral(_ v: UInt32) -> Bool {
        chineseDigit(v) != nil || smallScale(v) != nil || bigScale(v) != nil
    }

    @inline(__always) static func isPoint(_ v: UInt32) -> Bool { v == 0x70B9 || v == 0x9EDE } // 点 點
    @inline(__always) static func isNegativeWord(_ v: UInt32) -> Bool { v == 0x8D1F || v == 0x8CA0 } // 负 負
    /// `-`, full-width `－`, minus sign `−`.
    @inline(__always) static func isMinus(_ v: UInt32) -> Bool { v == 0x2D || v == 0xFF0D || v == 0x2212 }
    @inline(__always) static func isPlus(_ v: UInt32) -> Bool { v == 0x2B || v == 0xFF0B }
    @inline(__always) static func isDecimalPoint(_ v: UInt32) -> Bool { v == 0x2E || v == 0xFF0E }

    @inline(__always)
    static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) &- 0x61 < 26 }
    @inline(__always)
    static func isFullWidthLetter(_ v: UInt32) -> Bool { v &- 0xFF21 < 26 || v &- 0xFF41 < 26 }
    @inline(__always)
    static func isASCIIAlnum(_ v: UInt32) -> Bool { isASCIILetter(v) || v &- 0x30 < 10 }

    /// Horizontal space inside a line: ASCII space, tab, no-break space, ideographic space.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x3000 }
    @inline(__always)
    static func isNewline(_ v: UInt32) -> Bool { v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 }

    /// Characters joining numbers into a range: `-` `—` `–` `~` `～` `至` `到`.
    @inline(__always)
    static func isRangeSeparator(_ v: UInt32) -> Bool {
        switch v {
        case 0x2D, 0x2014, 0x2013, 0x7E, 0xFF5E, 0x81F3, 0x5230, 0xFF0D, 0x2212: return true
        default: return false
        }
    }

    @inline(__always)
    static func isOpenQuote(_ v: UInt32) -> Bool {
        v == 0x201C || v == 0x22 || v == 0x300C || v == 0x300E || v == 0x2018 || v == 0x27 || v == 0xFF02
    }
    @inline(__always)
    static func isCloseQuote(_ v: UInt32) -> Bool {
        v == 0x201D || v == 0x22 || v == 0x300D || v == 0x300F || v == 0x2019 || v == 0x27 || v == 0xFF02
    }
}
