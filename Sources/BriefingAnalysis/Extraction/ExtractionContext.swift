import Foundation

/// Context carried from paragraph to paragraph.
struct ExtractionContext {
    var sectionSubject: String?
    var headingYear: Int?
    /// The last reporting year named in body text since the last heading (up to the paragraphs
    /// in `ExtractionRun.yearsUnread`).
    var bodyYear: Int?
    /// Up to the paragraphs in `ExtractionRun.organisationsUnread`.
    var lastOrganisation: String?
    /// The year in the document's title (a heading among its first paragraphs).
    var documentYear: Int?
    /// A region named as subject earlier in the paragraph (全省, 全市), for later sentences.
    var paragraphRegion: String?
    /// A region in the document's title ("2024年全市生态环境状况公报"): whom figures are about
    /// when nothing nearer says.
    var documentRegion: String?
    /// The place the title names ("2021年某某市国民经济和社会发展统计公报" → 某某市): the
    /// subject of figures that name none, and what 全市 / 本市 / 我市 mean (`DocumentPlace`).
    var documentPlace: String?
    /// Places named in the text's first paragraphs (`DocumentPlace.places(inOpening:)`): what
    /// 我省 / 全市 mean when the title names no place of that level.
    var openingPlaces: [String] = []
    /// The year of a date line among the first paragraphs ("[2003-06-20]"): the report's year
    /// when no title states one.
    var datelineYear: Int?
    /// A place the text's first paragraph (its title) names ("2020台湾能源情势回顾" → 台湾省):
    /// whom figures that name no one, nor any organisation, are about.
    var titlePlace: String?
    var paragraphsSeen = 0
    /// After a heading 注释 / 附注: definitions and sources, not figures.
    var inNotes = false
}

/// What a paragraph knows that its figures may borrow: its years and organisation names,
/// read (by `ExtractionRun`) when a figure first asks for them.
struct ParagraphFacts {
    let range: Range<Int>
}

/// The figure emitted last in a sentence, for clauses that continue it ("比上年下降1.7%").
struct PreviousFigure {
    let metric: String
    /// The figure's own subject (a sector of a list, say), for a clause that continues it.
    let subject: String?
    /// The subject of its phrase as a whole, for later clauses that name none.
    let phraseSubject: String?
    let clauseStart: Int
    /// A change in % (a growth rate): a change in 个百分点 that continues it moves its rate.
    var isGrowth = false
}

/// A figure's quote (a range of the text) and the position of its number, read from the
/// original once the whole text is read (see `ExtractionRun.fillProvenance`).
struct PendingProvenance {
    let quote: Range<Int>
    let numberAt: Int
}
