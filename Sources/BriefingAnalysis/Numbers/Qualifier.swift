/// How a number is hedged in the text: 约/左右 → approx, 以上/不少于 → atLeast, 超/逾/多/余 → moreThan,
/// 以内/以下 → atMost, 不到/不足 → lessThan. Never dropped: "19%以上" is not "19%".
public enum Qualifier: String, Hashable, Sendable, Codable, CaseIterable {
    case approx
    case atLeast = "at_least"
    case moreThan = "more_than"
    case atMost = "at_most"
    case lessThan = "less_than"
}
