import Foundation

/// A unit shared by a list: in `12.43、10.85%`, `1.2、3.4万吨`, `5和6家` the bare numbers take the
/// unit of the last member when joined to it by 、/和/及/与/或 (spaces allowed). Internal.
enum ListUnits {
    static func share(_ tokens: inout [Quantity], in t: [Unicode.Scalar]) {
        guard tokens.count >= 2 else { return }
        for i in stride(from: tokens.count - 2, through: 0, by: -1) {
            guard tokens[i].kind == .number else { continue }  // before copying the next token
            let next = tokens[i + 1]
            // a bare number, or one with only a scale word the next unit starts with (1.2万、3.4万吨)
            let own = tokens[i].unit
            guard tokens[i].kind == .number, own.isEmpty || next.unit.hasPrefix(own), !next.unit.isEmpty,
                  next.kind != .number, next.kind != .fraction, joined(t, tokens[i].end, next.start) else { continue }
            var tok = tokens[i]
            tok.unit = next.unit
            tok.kind = next.kind
            let base: (unit: String, factor: Decimal)
            switch next.kind {
            case .percent: base = next.unit == "‰" ? ("%", Decimal(string: "0.1")!) : ("%", 1)
            case .percentagePoint: base = ("百分点", 1)
            default: base = UnitTable.base(of: next.unit)
            }
            tok.baseUnit = base.unit
            tok.baseValue = tok.value * base.factor
            tokens[i] = tok
        }
    }

    /// Only one joiner (and spaces) between `a` and `b`.
    static func joined(_ t: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var joiners = 0
        for k in a..<b {
            switch t[k].value {
            case 0x20, 0x3000: continue
            case 0x3001, 0x548C, 0x53CA, 0x4E0E, 0x8207, 0x6216: joiners += 1   // 、 和 及 与 與 或
            default: return false
            }
        }
        return joiners == 1
    }
}
