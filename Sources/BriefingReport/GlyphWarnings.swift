import BriefingAnalysis
import BriefingRender

/// Characters drawn as `〔U+XXXX〕` ─► warnings that say where they stand in the input.
///
/// The render layer knows only the text it drew; the figures know their file and line. A
/// character found in a figure's subject, metric or quote is placed there (`report.txt:12`),
/// one found in a file name is placed at that file; any other (the title) quotes its text.
enum GlyphWarnings {
    static func lines(_ missing: [MissingCharacter], digest: Digest) -> [String] {
        missing.map { m in
            let what = m.isControl
                ? "control character \(VisibleText.codePoint(m.scalar)) is shown as \(m.placeholder) in the briefing"
                : "character \(VisibleText.codePoint(m.scalar)) (\(Character(m.scalar))) has no glyph in any installed font; it is shown as \(m.placeholder) in the briefing (install a font that has it to see it)"
            return "warning: \(place(of: m, digest: digest)): \(what)"
        }
    }

    private static func place(of m: MissingCharacter, digest: Digest) -> String {
        let s = m.scalar
        for f in digest.figures {
            let texts = [f.figure.subject ?? "", f.figure.metric, f.figure.quote, f.who ?? ""]
            if texts.contains(where: { $0.unicodeScalars.contains(s) }), let source = f.sources.first {
                return source.page.map { "\(source.file) p.\($0)" } ?? "\(source.file):\(source.line)"
            }
        }
        if let file = digest.sources.first(where: { $0.unicodeScalars.contains(s) }) { return "\(file) (in its name)" }
        return "in “\(String(m.text.prefix(40)))”"
    }
}
