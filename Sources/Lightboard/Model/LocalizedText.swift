/// A text value from YAML: a plain string (default language) or a map
/// `{zh: ..., en: ...}` keyed by language code.
public struct LocalizedText: Hashable, Sendable {
    /// Texts by language code; never empty.
    public var texts: [String: String]

    public init(_ texts: [String: String]) { self.texts = texts }

    public init(_ text: String, language: String) { texts = [language: text] }

    /// The text in `language`, falling back to `defaultLanguage`, then to any
    /// language (smallest code first, so the choice is deterministic).
    /// Returns the language the text is actually in, for the `lang` attribute.
    public func resolved(in language: String, defaultLanguage: String) -> (text: String, language: String) {
        if let text = texts[language], !text.isEmpty { return (text, language) }
        if let text = texts[defaultLanguage], !text.isEmpty { return (text, defaultLanguage) }
        let fallback = texts.keys.sorted().first!
        return (texts[fallback]!, fallback)
    }
}
