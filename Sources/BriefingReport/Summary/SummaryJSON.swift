import BriefingAnalysis

/// The summary as JSON, written with `JSONValue` so the output is deterministic:
///
/// ```
/// {"sources": [...], "counts": {...},
///  "categories": [{"category": "emissions", "title": "污染物排放",
///                  "figures": [{figure record…, "status": "improved", "derived": false,
///                               "sources": [{"file", "line", "quote"}]}]}],
///  "conflicts": [{"subject", "metric", "year", "figures": [...]}],
///  "trends": [{"subject", "metric", "base_unit", "points": [{"year", "value", "label", "derived", "sources"}]}],
///  with several reports also "series": [{"subject", "metric", "kind", "unit", "basis", "points": [{"year", "month", …}]}]
///  and "checks": [{"check", "subject", "what", "stated", "computed", "basis", "outcome", "sources"}]}
/// ```
/// Figures keep the order of the text summary; the figure record is DESIGN.md's, extended.
enum SummaryJSON {
    static func render(_ model: SummaryModel) -> String {
        let c = model.counts
        let counts: JSONValue = .object([
            ("sources", .integer(c.sources)), ("figures", .integer(c.figures)),
            ("changes", .integer(c.changes)), ("improved", .integer(c.improved)),
            ("worsened", .integer(c.worsened)), ("unknown", .integer(c.unknown)),
            ("levels", .integer(c.levels)), ("targets", .integer(c.targets)),
            ("conflicts", .integer(c.conflicts)), ("derived", .integer(c.derived)),
        ])
        let categories: [JSONValue] = model.sections.map { section in
            .object([
                ("category", .string(section.category.rawValue)),
                ("title", .string(section.category.title)),
                ("figures", .array(section.entries.map { record($0.item, status: $0.status) })),
            ])
        }
        let conflicts: [JSONValue] = model.conflicts.map { conflict in
            .object([
                ("subject", conflict.subject.map(JSONValue.string) ?? .null),
                ("metric", .string(conflict.metric)),
                ("year", conflict.year.map(JSONValue.integer) ?? .null),
                ("figures", .array(conflict.figures.map { record($0, status: nil) })),
            ])
        }
        let trends: [JSONValue] = model.trends.map { trend in
            .object([
                ("subject", trend.subject.map(JSONValue.string) ?? .null),
                ("metric", .string(trend.metric)),
                ("base_unit", .string(trend.baseUnit)),
                ("points", .array(trend.points.map { point in
                    .object([
                        ("year", .integer(point.year)),
                        ("value", .number(point.value)),
                        ("label", .string(point.label)),
                        ("derived", .bool(point.derived)),
                        ("sources", sources(point.sources)),
                    ])
                })),
            ])
        }
        var pairs: [(String, JSONValue)] = [
            ("sources", .array(model.sources.map(JSONValue.string))),
            ("counts", counts),
            ("categories", .array(categories)),
            ("conflicts", .array(conflicts)),
            ("trends", .array(trends)),
        ]
        if model.isSeries { pairs += [("series", .array(model.series.map(series))), ("checks", .array(model.checks.map(check)))] }
        let root: JSONValue = .object(pairs)
        return root.text(pretty: true) + "\n"
    }

    /// A series: whom, metric, kind, unit, basis and its points with their sources.
    static func series(_ s: Series) -> JSONValue {
        .object([
            ("subject", s.who.map(JSONValue.string) ?? .null), ("metric", .string(s.metric)),
            ("kind", .string(s.kind.rawValue)), ("unit", .string(s.unit)),
            ("basis", s.basis.map { .string($0.rawValue) } ?? .null),
            ("points", .array(s.points.map { p in
                .object([("year", .integer(p.period.year)), ("month", p.period.month.map(JSONValue.integer) ?? .null),
                         ("value", .number(p.value)), ("label", .string(p.label)), ("sources", sources(p.figure.sources))])
            })),
        ])
    }

    /// An arithmetic check: what, both numbers, how, the outcome and the sources.
    static func check(_ c: ArithmeticCheck) -> JSONValue {
        .object([
            ("check", .string(c.kind.rawValue)), ("subject", c.who.map(JSONValue.string) ?? .null),
            ("what", .string(c.subject)), ("stated", .string(c.stated)), ("computed", .string(c.computed)),
            ("basis", .string(c.basis)), ("outcome", .string(c.outcome.rawValue)), ("sources", sources(c.sources)),
        ])
    }

    /// The figure record plus "status" (when known), "derived" and every place it was stated.
    static func record(_ item: AggregatedFigure, status: SummaryModel.Status?) -> JSONValue {
        guard case var .object(pairs) = item.figure.json else { return item.figure.json }
        if let status { pairs.append(("status", .string(status.key))) }
        pairs.append(("derived", .bool(item.derived)))
        pairs.append(("sources", sources(item.sources)))
        return .object(pairs)
    }

    static func sources(_ refs: [SourceRef]) -> JSONValue {
        .array(refs.map { ref in
            .object([("file", .string(ref.file)), ("line", .integer(ref.line)), ("page", ref.page.map(JSONValue.integer) ?? .null),
                     ("quote", .string(ref.quote))])
        })
    }
}
