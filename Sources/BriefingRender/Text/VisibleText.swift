/// Text made safe to draw: characters that cannot be shown become a visible placeholder.
///
/// Control characters (C0 other than tab and line breaks, DEL, C1) would otherwise reach Pango,
/// which draws them as boxes; a character no installed font has (after fontconfig's fallback)
/// would be a box too. Both become `〔U+XXXX〕`, which every CJK font can draw, so a reader sees
/// what stood there and the briefing is still written.
///
/// ```swift
/// VisibleText.escapingControls("a\u{1B}[31mb")   // "a〔U+001B〕[31mb"
/// VisibleText.placeholder(for: "𪚥")              // "〔U+2A6A5〕"
/// ```
public enum VisibleText {
    /// `〔U+2A6A5〕`.
    public static func placeholder(for scalar: Unicode.Scalar) -> String { "〔" + codePoint(scalar) + "〕" }

    /// `U+2A6A5`, `U+001B`: at least four hex digits, upper case.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Whether `scalar` is a control character that is never drawn (tab, LF, CR are layout).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
    }

    /// `text` with every control character replaced by its placeholder.
    public static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return replacing(where: isControl, in: text)
    }

    /// `text` with each scalar in `missing` replaced by its placeholder.
    static func replacing(_ missing: Set<Unicode.Scalar>, in text: String) -> String {
        replacing(where: missing.contains, in: text)
    }

    /// Replaces each scalar for which `shouldReplace` holds; a run of one scalar repeated becomes
    /// one placeholder with its count (`〔U+0000×400〕`), so a run of NULs stays one short mark.
    private static func replacing(where shouldReplace: (Unicode.Scalar) -> Bool, in text: String) -> String {
        var out = String.UnicodeScalarView()
        var run: (scalar: Unicode.Scalar, count: Int)? = nil
        func flush() {
            guard let r = run else { return }
            let mark = r.count == 1 ? placeholder(for: r.scalar) : "〔" + codePoint(r.scalar) + "×\(r.count)〕"
            out.append(contentsOf: mark.unicodeScalars)
            run = nil
        }
        for s in text.unicodeScalars {
            if shouldReplace(s) {
                if run?.scalar == s { run!.count += 1 } else { flush(); run = (s, 1) }
            } else {
                flush()
                out.append(s)
            }
        }
        flush()
        return String(out)
    }

    /// Characters Pango draws as nothing when no font has them (joiners, variation selectors,
    /// tag characters): never checked or replaced on their own.
    static func isDefaultIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isDefaultIgnorableCodePoint
    }
}
