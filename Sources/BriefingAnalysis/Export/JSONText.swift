import Foundation

/// A tiny JSON writer with a fixed key order, so exports are byte-for-byte deterministic and
/// numbers keep their decimal digits exactly (Foundation's encoder goes through Double).
public enum JSONValue: Equatable, Sendable {
    case string(String)
    case number(Decimal)
    case integer(Int)
    case bool(Bool)
    case null
    case object([(String, JSONValue)])
    case array([JSONValue])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text() == b.text() }

    /// `JSONValue.array(items.map(transform)).text(pretty: true)`, made one item at a time: a
    /// list of 100,000 records is never held as values all at once.
    public static func prettyArrayText<S: Sequence>(_ items: S, _ transform: (S.Element) -> JSONValue) -> String {
        var out: [UInt8] = [UInt8(ascii: "[")]
        var empty = true
        for item in items {
            if !empty { out.append(UInt8(ascii: ",")) }
            empty = false
            out += "\n  ".utf8
            transform(item).write(to: &out, pretty: true, depth: 1)
        }
        if !empty { out.append(UInt8(ascii: "\n")) }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Serialises the value; `pretty` puts the members of a top-level array one per line.
    public func text(pretty: Bool = false) -> String {
        var out: [UInt8] = []
        write(to: &out, pretty: pretty, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Written as UTF-8 bytes (appending to a String character by character was most of the
    /// time of exporting many figures).
    private func write(to out: inout [UInt8], pretty: Bool, depth: Int) {
        switch self {
        case let .string(s): Self.writeString(s, to: &out)
        case let .number(d): out += DecimalText.plain(d).utf8
        case let .integer(i): out += String(i).utf8
        case let .bool(b): out += (b ? "true" : "false").utf8
        case .null: out += "null".utf8
        case let .object(pairs):
            out.append(UInt8(ascii: "{"))
            for (k, (key, value)) in pairs.enumerated() {
                if k > 0 { out += (pretty && depth == 0 ? ",\n  " : ", ").utf8 } else if pretty && depth == 0 { out += "\n  ".utf8 }
                Self.writeString(key, to: &out)
                out += ": ".utf8
                value.write(to: &out, pretty: pretty, depth: depth + 1)
            }
            if pretty && depth == 0 && !pairs.isEmpty { out.append(UInt8(ascii: "\n")) }
            out.append(UInt8(ascii: "}"))
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                if pretty && depth == 0 { out += "\n  ".utf8 }
                item.write(to: &out, pretty: pretty, depth: depth + 1)
            }
            if pretty && depth == 0 && !items.isEmpty { out.append(UInt8(ascii: "\n")) }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, all else as its
    /// UTF-8 bytes, copied a run at a time.
    private static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                out += bytes[runStart..<i]
                switch b {
                case UInt8(ascii: "\""): out += #"\""#.utf8
                case UInt8(ascii: "\\"): out += #"\\"#.utf8
                case UInt8(ascii: "\n"): out += #"\n"#.utf8
                case UInt8(ascii: "\r"): out += #"\r"#.utf8
                case UInt8(ascii: "\t"): out += #"\t"#.utf8
                default:
                    let hex = String(b, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                }
                runStart = i + 1
            }
            out += bytes[runStart...]
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Decimal numbers as plain text: "4.76", "82000", "1052000000", "0.00000000001"; never
/// exponent notation. A number keeps every digit it was written with (up to 15 decimal places);
/// only longer ones — repeating fractions such as 三分之一, computed to 16 places — are cut to ten.
public enum DecimalText {
    public static func plain(_ value: Decimal) -> String {
        var v = value
        guard value.exponent < -15 else { return text(of: value) }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, 10, .plain)
        return text(of: rounded)
    }

    private static func text(of rounded: Decimal) -> String {
        var text = NSDecimalNumber(decimal: rounded).stringValue
        if text.utf8.contains(where: { $0 | 0x20 == UInt8(ascii: "e") }) { text = String(describing: rounded) }
        return text
    }
}
