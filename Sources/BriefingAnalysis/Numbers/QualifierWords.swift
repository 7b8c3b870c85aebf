/// Words hedging a number. Kept on the token, never dropped: `19%以上` is not `19%`.
///
/// - before the number: 约/大约/近/将近 → approx; 至少/不少于 → atLeast; 超/超过/逾/破 → moreThan;
///   不超过 → atMost; 不到/不足 → lessThan;
/// - between number and unit: 余/多/几 → moreThan (`600余万元`, `20多名`, `二十几万`);
/// - after the unit: 左右/上下 → approx; 以上 → atLeast; 以下/以内 → atMost.
enum QualifierWords {
    typealias Word = (scalars: [Unicode.Scalar], qualifier: Qualifier)

    private static func w(_ s: String, _ q: Qualifier) -> Word { (Array(s.unicodeScalars), q) }

    /// Longest first, so 不超过 wins over 超过 and 超.
    static let prefixes: [Word] = [
        w("不超过", .atMost), w("不少于", .atLeast), w("不低于", .atLeast), w("不高于", .atMost),
        w("大约", .approx), w("将近", .approx), w("接近", .approx), w("超过", .moreThan),
        w("至少", .atLeast), w("不到", .lessThan), w("不足", .lessThan), w("多于", .moreThan),
        w("约", .approx), w("近", .approx), w("超", .moreThan), w("逾", .moreThan), w("破", .moreThan),
    ].sorted { $0.scalars.count > $1.scalars.count }

    static let suffixes: [Word] = [
        w("左右", .approx), w("上下", .approx), w("以上", .atLeast), w("以下", .atMost), w("以内", .atMost),
    ]

    /// The prefix qualifier ending exactly at `end` (exclusive), with its start.
    static func prefix(_ t: [Unicode.Scalar], endingAt end: Int) -> (start: Int, qualifier: Qualifier)? {
        guard end > 0 else { return nil }
        switch t[end - 1].value {   // last scalars of the prefix words: 过 于 约 近 少 到 足 超 逾 破
        case 0x8FC7, 0x4E8E, 0x7EA6, 0x8FD1, 0x5C11, 0x5230, 0x8DB3, 0x8D85, 0x903E, 0x7834: break
        default: return nil
        }
        outer: for word in prefixes {
            let s = end - word.scalars.count
            guard s >= 0 else { continue }
            for k in 0..<word.scalars.count where t[s + k] != word.scalars[k] { continue outer }
            if word.scalars.count == 1, s > 0, endsWord(t[s - 1], word.scalars[0]) { return nil }
            return (s, word.qualifier)
        }
        return nil
    }

    /// 节约, 制约, 最近, 赶超: a one-character qualifier that closes a word with the character
    /// before it is that word, not a qualifier ("同比节约12.5%" saves 12.5%).
    private static let wordsEndingIn: [Unicode.Scalar: [Unicode.Scalar]] = [
        "约": ["节", "制", "签", "履", "合", "预", "条", "公", "契", "简", "集", "违", "特", "邀", "相", "婉"],
        "近": ["最", "附", "临", "靠", "亲", "贴", "逼", "就", "邻"],
        "超": ["赶", "高", "特"],
    ]

    private static func endsWord(_ before: Unicode.Scalar, _ last: Unicode.Scalar) -> Bool {
        wordsEndingIn[last]?.contains(before) ?? false
    }

    /// The suffix qualifier starting at `i`, with its end.
    static func suffix(_ t: [Unicode.Scalar], at i: Int) -> (end: Int, qualifier: Qualifier)? {
        guard i < t.count else { return nil }
        switch t[i].value {   // first scalars of the suffix words: 左 上 以 (most tokens have none)
        case 0x5DE6, 0x4E0A, 0x4EE5: break
        default: return nil
        }
        outer: for word in suffixes where i + word.scalars.count <= t.count {
            for k in 0..<word.scalars.count where t[i + k] != word.scalars[k] { continue outer }
            return (i + word.scalars.count, word.qualifier)
        }
        return nil
    }

    /// 余 多 幾 几: "more than" between a number and its scale or unit.
    @inline(__always)
    static func isInfix(_ v: UInt32) -> Bool { v == 0x4F59 || v == 0x591A || v == 0x51E0 || v == 0x5E7E }
}
