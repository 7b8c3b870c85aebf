import Foundation

extension Figure {
    /// Column names of the CSV export: the JSON field names, in schema order.
    public static let csvColumns = [
        "kind", "subject", "metric", "direction", "value", "unit", "base_value", "base_unit", "qualifier",
        "basis", "year", "period", "category", "improved", "quote", "file", "line",
        "page", "box",
    ]

    /// The figure as CSV fields; null is an empty field; `box` is its four numbers separated by
    /// spaces (`72 300.5 24 12`).
    public var csvFields: [String] {
        [kind.rawValue, subject ?? "", metric, direction?.rawValue ?? "", DecimalText.plain(value), unit,
         DecimalText.plain(baseValue), baseUnit, qualifier?.rawValue ?? "", basis?.rawValue ?? "",
         year.map(String.init) ?? "", period ?? "", category.rawValue, improved.map { $0 ? "true" : "false" } ?? "",
         quote, file, String(line), page.map(String.init) ?? "",
         boxDecimals?.map(DecimalText.plain).joined(separator: " ") ?? ""]
    }

    /// RFC 4180 CSV with a header row and CRLF line ends.
    public static func csvText(_ figures: [Figure]) -> String {
        // Row by row into one string: no array of every row's fields at once.
        var out = csvColumns.map(csvEscape).joined(separator: ",") + "\r\n"
        for figure in figures {
            out += figure.csvFields.map(csvEscape).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    static func csvEscape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
