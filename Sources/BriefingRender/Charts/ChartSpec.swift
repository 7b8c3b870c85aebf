/// Whether a change is good or bad news; decides the colour (never red/green).
public enum Tone: String, Sendable, Hashable, CaseIterable {
    case improved, worsened, neutral
    /// Okabe-Ito blue, vermilion, or grey.
    public var color: RGBA {
        switch self {
        case .improved: return Palette.improved
        case .worsened: return Palette.worsened
        case .neutral: return Palette.neutral
        }
    }
}

/// The direction arrow drawn before a value, so colour is never the only cue.
public enum Marker: String, Sendable, Hashable {
    case up, down
    /// "▲" or "▼".
    public var glyph: String { self == .up ? "▲" : "▼" }
}

/// One bar of a diverging bar chart: a label, its signed value and the preformatted value label.
public struct BarRow: Sendable, Hashable {
    public var label: String
    /// Signed numeric value in the chart unit (e.g. −19 for −19%).
    public var value: Double
    /// Preformatted label, signed, with unit and qualifier: "−19%以上".
    public var valueLabel: String
    public var tone: Tone
    public var marker: Marker?
    public init(label: String, value: Double, valueLabel: String, tone: Tone, marker: Marker? = nil) {
        self.label = label; self.value = value; self.valueLabel = valueLabel; self.tone = tone; self.marker = marker
    }
}

/// One bar of a grouped bar chart, in long form (Vega-Lite style): category × series.
public struct GroupedBarRow: Sendable, Hashable {
    /// The group (e.g. "铜冶炼").
    public var category: String
    /// The series within the group (e.g. "化学需氧量排放强度"); series colours follow first appearance.
    public var series: String
    public var value: Double
    public var valueLabel: String
    public var tone: Tone
    public var marker: Marker?
    public init(category: String, series: String, value: Double, valueLabel: String, tone: Tone = .neutral, marker: Marker? = nil) {
        self.category = category; self.series = series; self.value = value
        self.valueLabel = valueLabel; self.tone = tone; self.marker = marker
    }
}

/// A KPI tile for an absolute amount: "光伏装机" — "526" "兆瓦".
public struct KPITile: Sendable, Hashable {
    public var label: String
    /// The number as it should read, qualifier included: "约10.52".
    public var value: String
    /// The unit shown after the value: "亿千瓦时".
    public var unit: String
    /// An optional second line, e.g. "▲ +12% 同比" (its marker is taken from `marker`).
    public var note: String?
    public var tone: Tone
    public var marker: Marker?
    public init(label: String, value: String, unit: String, note: String? = nil, tone: Tone = .neutral, marker: Marker? = nil) {
        self.label = label; self.value = value; self.unit = unit; self.note = note; self.tone = tone; self.marker = marker
    }
}

/// A rate drawn against its target (100% by default): "综合利用率 97%以上".
public struct ProgressRow: Sendable, Hashable {
    public var label: String
    /// The value in the same unit as `target` (e.g. 97 with target 100).
    public var value: Double
    public var valueLabel: String
    public var target: Double
    public var tone: Tone
    public init(label: String, value: Double, valueLabel: String, target: Double = 100, tone: Tone = .neutral) {
        self.label = label; self.value = value; self.valueLabel = valueLabel; self.target = target; self.tone = tone
    }
}

/// One point of a line series.
public struct LinePoint: Sendable, Hashable {
    /// The x category, e.g. "2021年".
    public var x: String
    public var value: Double
    public var valueLabel: String
    public init(x: String, value: Double, valueLabel: String) { self.x = x; self.value = value; self.valueLabel = valueLabel }
}

/// A named series of a line chart.
public struct LineSeries: Sendable, Hashable {
    public var name: String
    public var points: [LinePoint]
    public init(name: String, points: [LinePoint]) { self.name = name; self.points = points }
}

/// How diverging bars are ordered.
public enum BarSort: Sendable, Hashable {
    /// Largest value at the top (the default).
    case descending
    /// Smallest (most negative) value at the top.
    case ascending
    /// As given.
    case none
}

/// How value-axis ticks are written.
public struct AxisFormat: Sendable, Hashable {
    /// Appended to every tick label ("%").
    public var suffix: String
    /// Fold large numbers into 万/亿 (15000 → "1.5万").
    public var chineseScale: Bool
    public init(suffix: String = "", chineseScale: Bool = true) { self.suffix = suffix; self.chineseScale = chineseScale }
    public static let percent = AxisFormat(suffix: "%")
    public static let plain = AxisFormat()
}

/// The marks a chart draws, with their data.
public enum ChartMark: Sendable, Hashable {
    case divergingBars([BarRow], sort: BarSort)
    case groupedBars([GroupedBarRow])
    case kpiTiles([KPITile])
    case progressBars([ProgressRow])
    case line([LineSeries])
}

/// A chart as a value: data, marks, axis format, title, unit and source note.
///
/// Build one with the static constructors, lay it out with ``ChartLayout/init(_:width:height:text:)``
/// and draw it with ``ChartRenderer``:
///
/// ```swift
/// let chart = ChartSpec.divergingBars(
///     title: "主要排放指标同比变化", unit: "%", source: "来源：第3、18行",
///     rows: [BarRow(label: "二氧化硫", value: -19, valueLabel: "−19%以上", tone: .improved, marker: .down)])
/// try ChartRenderer().writePNG(chart, size: (480, 300), scale: 2, background: .white, to: url)
/// ```
public struct ChartSpec: Sendable, Hashable {
    public var title: String
    /// The unit, shown as "单位：…" under the title.
    public var unit: String
    /// Where the numbers come from, shown at the bottom.
    public var sourceNote: String
    public var mark: ChartMark
    public var axis: AxisFormat

    public init(title: String, unit: String, sourceNote: String, mark: ChartMark, axis: AxisFormat = .plain) {
        self.title = title; self.unit = unit; self.sourceNote = sourceNote; self.mark = mark; self.axis = axis
    }

    /// Horizontal bars around a zero line (changes in %), sorted, coloured by tone, with ▲/▼ and signed labels.
    public static func divergingBars(title: String, unit: String, source: String, rows: [BarRow],
                                     sort: BarSort = .descending, axis: AxisFormat = .percent) -> ChartSpec {
        ChartSpec(title: title, unit: unit, sourceNote: source, mark: .divergingBars(rows, sort: sort), axis: axis)
    }

    /// Bars grouped by category, one colour per series, with a legend.
    public static func groupedBars(title: String, unit: String, source: String, rows: [GroupedBarRow],
                                   axis: AxisFormat = .percent) -> ChartSpec {
        ChartSpec(title: title, unit: unit, sourceNote: source, mark: .groupedBars(rows), axis: axis)
    }

    /// Tiles for absolute amounts. `unit` may be "" when each tile has its own.
    public static func kpiTiles(title: String, unit: String = "", source: String, tiles: [KPITile]) -> ChartSpec {
        ChartSpec(title: title, unit: unit, sourceNote: source, mark: .kpiTiles(tiles))
    }

    /// Rates against their target (bullet bars).
    public static func progressBars(title: String, unit: String = "%", source: String, rows: [ProgressRow]) -> ChartSpec {
        ChartSpec(title: title, unit: unit, sourceNote: source, mark: .progressBars(rows), axis: .percent)
    }

    /// A metric over two or more x categories (years), one line per series.
    public static func line(title: String, unit: String, source: String, series: [LineSeries],
                            axis: AxisFormat = .plain) -> ChartSpec {
        ChartSpec(title: title, unit: unit, sourceNote: source, mark: .line(series), axis: axis)
    }
}
