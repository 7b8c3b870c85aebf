/// BriefingAnalysis: Chinese report text → figures with provenance → a digest.
///
/// ```
/// bytes ─► Ingest ─► Document ─► Numbers ─► Extraction ─► [Figure] ─► Aggregation ─► Digest
///          decode,    normalized   tokens:    frames, lists,  the export    merged, ranked,
///          normalize  text + map   values,    subjects,       schema        conflicts, trends,
///                     to original  units,     years, basis,   (Export/:     derived levels
///                     lines        qualifiers taxonomy        JSON, CSV)
/// ```
///
/// - `Ingest/`: decoding (UTF-8, UTF-16, GB18030) and normalization that keeps, for every
///   character, its offset in the original (`Document`).
/// - `Numbers/`: `QuantityScanner`, Chinese and Arabic numerals, units, qualifiers.
/// - `Extraction/`: `FigureExtractor` reads each group of values through a frame (trigger,
///   phrase, basis, goal cues) and resolves subject, metric, year and period.
/// - `Taxonomy/`: the one table of categories and polarity.
/// - `Aggregation/`: `Aggregator.digest` → `Digest`; with several reports (`Report`, ordered by
///   the period their title names) also `Series`, `ArithmeticCheck`s and `SinceLastReport`.
/// - `Export/`: the figure record as JSON, CSV and text tables.
///
/// Nothing here draws or knows about Cairo; `CorpusAnalysis.run` wires the stages over files.
enum BriefingAnalysisModule {}
