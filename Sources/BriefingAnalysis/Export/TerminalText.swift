/// Text made safe to print on a terminal: control characters (C0 but line feed, DEL, C1) and
/// the bidirectional overrides are shown as `\x1B`, `\u{202E}`, so a crafted file name or text
/// cannot move the cursor, recolour, retitle or reorder what the terminal shows.
///
/// ```swift
/// TerminalText.escaped("bad\u{1B}[31m.txt")    // "bad\\x1B[31m.txt"
/// ```
public enum TerminalText {
    /// `text` with every unsafe scalar escaped; line feeds kept when `keepingNewlines`.
    public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepingNewlines && $0 == "\n") }) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            if !isUnsafe(s) || (keepingNewlines && s == "\n") { out.unicodeScalars.append(s); continue }
            switch s {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let hex = String(s.value, radix: 16, uppercase: true)
                out += s.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
            }
        }
        return out
    }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}

extension Figure {
    /// The figure with its texts (subject, metric, quote, file) escaped for a terminal.
    public var terminalSafe: Figure {
        var f = self
        f.subject = subject.map { TerminalText.escaped($0) }
        f.metric = TerminalText.escaped(metric)
        f.quote = TerminalText.escaped(quote)
        f.file = TerminalText.escaped(file)
        return f
    }
}

extension Report {
    /// The report with its file and title escaped as its figures' are (`Figure.terminalSafe`),
    /// so they still find their report.
    public var terminalSafe: Report {
        Report(file: TerminalText.escaped(file),
               heading: ReportHeading(title: heading.title.map { TerminalText.escaped($0) }, year: heading.year,
                                      entity: heading.entity.map { TerminalText.escaped($0) }))
    }
}
