extension Figure {
    /// The figures as an aligned text table (`briefing extract --format table`).
    public static func tableText(_ figures: [Figure]) -> String {
        TextTable(
            headers: ["位置", "类型", "主体", "指标", "数值", "基准", "年份", "类别", "改善"],
            rows: figures.map { f in
                [f.page.map { "\(f.file) p.\($0)" } ?? "\(f.file):\(f.line)", f.kind.rawValue, DisplayWidth.truncate(f.subject ?? "—", to: 20),
                 DisplayWidth.truncate(f.metric, to: 30), "\(f.arrow)\(f.valueText)", f.basisText ?? "",
                 f.year.map(String.init) ?? "", f.category.title,
                 f.improved.map { $0 ? "是" : "否" } ?? ""]
            },
            rightAligned: [4]
        ).render()
    }
}
