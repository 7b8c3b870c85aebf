import Foundation

/// cairo numbers SVG surfaces with a process-wide counter (`id="surface257"`), so the same chart
/// written twice differs. Renumbering the ids by first appearance makes SVG output deterministic.
enum SVGIdentifiers {
    static func normalize(_ svg: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: "surface[0-9]+") else { return svg }
        let ns = svg as NSString
        var mapping: [String: String] = [:]
        var result = ""
        var last = 0
        for match in regex.matches(in: svg, range: NSRange(location: 0, length: ns.length)) {
            let token = ns.substring(with: match.range)
            let replacement = mapping[token] ?? "surface\(mapping.count + 1)"
            mapping[token] = replacement
            result += ns.substring(with: NSRange(location: last, length: match.range.location - last)) + replacement
            last = match.range.location + match.range.length
        }
        return result + ns.substring(from: last)
    }
}
