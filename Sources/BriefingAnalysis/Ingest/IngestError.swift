/// Why an input could not be read, phrased for the user: the file, what is wrong, what to do.
///
/// `description` is `"PATH: REASON"`, ready for `error: \(description)` on standard error.
public struct IngestError: Error, Equatable, CustomStringConvertible {
    /// The input as the user gave it ("-" for standard input).
    public let path: String
    /// What is wrong and what to do, e.g. "no such file; check the path".
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
