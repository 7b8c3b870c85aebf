/// Everything that can go wrong while rendering, with a message that names the path or the
/// text and says what to do.
public enum RenderError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A cairo call failed (for a file when `path` is set).
    case cairo(CairoError, path: String?)
    /// The CJK font family is not installed.
    case fontMissing(family: String, package: String)
    /// Some characters of `text` have no glyph in any installed font.
    case missingGlyphs(text: String, count: Int)
    /// The output path names an existing folder.
    case outputIsDirectory(path: String)
    /// The output folder could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// The output file could not be written or moved into place.
    case cannotWrite(path: String, reason: String)
    /// The spec cannot be drawn (empty data, non-finite values, bad sizes).
    case invalidSpec(String)
    /// Structure tags were not properly nested (cairo 1.16 does not report it).
    case tagNesting(String)

    public var description: String {
        switch self {
        case let .cairo(error, path?):
            return "\(path): \(error.description); " + (error.isIOError
                ? "check that the folder is writable and the disk not full"
                : "this is a rendering bug; please report it with the input")
        case let .cairo(error, nil):
            return "cairo: \(error.description)"
        case let .fontMissing(family, package):
            return "font \"\(family)\" is not installed; install the package \(package) (apt-get install \(package))"
        case let .missingGlyphs(text, count):
            return "\(count) character(s) of \"\(text)\" have no glyph in any installed font; install \(BriefingRenderModule.fontPackage) or remove the characters"
        case let .outputIsDirectory(path):
            return "\(path): is a folder; give a file name inside it, e.g. \(path)/out.pdf"
        case let .cannotCreateDirectory(path, reason):
            return "\(path): cannot create the output folder (\(reason)); choose a writable location"
        case let .cannotWrite(path, reason):
            return "\(path): cannot write the file (\(reason)); check permissions and free space"
        case let .invalidSpec(message):
            return "invalid render spec: \(message)"
        case let .tagNesting(message):
            return "PDF structure tags badly nested: \(message)"
        }
    }
}
