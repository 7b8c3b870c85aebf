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

    /// Serialises the value; `indent` pretty-prints objects inside a top-level array one per line.
    public func text(pretty: Bool = false) -> String {
        var out = ""
        write(to: &out, pretty: pretty, depth: 0)
        return out
    }

    private func write(to out: inout String, pretty: Bool, depth: Int) {
        switch self {
        case let .string(s): Self.writeString(s, to: &out)
        case let .number(d): out += DecimalText.plain(d)
        case let .integer(i): out += String(i)
        case let .bool(b): out += b ? "true" : "false"
        case .null: out += "null"
        case let .object(pairs):
            out += "{"
            for (k, (key, value)) in pairs.enumerated() {
                if k > 0 { out += pretty && depth == 0 ? ",\n  " : ", " } else if pretty && depth == 0 { out += "\n  " }
                Self.writeString(key, to: &out)
                out += ": "
                value.write(to: &out, pretty: pretty, depth: depth + 1)
            }
            if pretty && depth == 0 && !pairs.isEmpty { out += "\n" }
            out += "}"
        case let .array(items):
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += "," }
                if pretty && depth == 0 { out += "\n  " }
                item.write(to: &out, pretty: pretty, depth: depth + 1)
            }
            if pretty && depth == 0 && !items.isEmpty { out += "\n" }
            out += "]"
        }
    }

    private static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16)
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
    }
}

/// Decimal numbers as plain text: "4.76", "82000", "1052000000"; never exponent notation,
/// and repeating fractions (三分之一) cut to ten decimal places.
public enum DecimalText {
    public static func plain(_ value: Decimal) -> String {
        var v = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, 10, .plain)
        var text = NSDecimalNumber(decimal: rounded).stringValue
        if text.contains("e") || text.contains("E") { text = String(describing: rounded) }
        return text
    }
}
