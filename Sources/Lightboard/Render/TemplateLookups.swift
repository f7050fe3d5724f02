import Mustache

// Every view model answers its own `{{name}}` look-ups with a switch. Without
// them swift-mustache would reflect each object of the context stack with a
// `Mirror` for every tag (half of the sample build's instructions before issue 6,
// callgrind). The switches, and the field lists the strict template check
// reads, are generated from ViewModels.swift into TemplateLookups.generated.swift
// (`swift run generate-template-fields`; `TemplateFieldsGenerationTests` fails
// when the file is out of step, `TemplateLookupTests` checks it against `Mirror`).

/// A view model that answers `{{name}}` look-ups with a switch; strings it returns reach
/// the template as `TemplateText` (the generated switch wraps them: no cast per look-up).
protocol TemplateFields: MustacheParent, SendableMetatype {
    /// The names `field(named:)` answers, in declaration order, with the kind of value each holds.
    static var templateFields: [TemplateField] { get }
    func field(named name: String) -> Any?
}

extension TemplateFields {
    func child(named name: String) -> Any? { field(named: name) }
}

/// One `{{name}}` a view model answers.
struct TemplateField: Sendable {
    let name: String
    let kind: TemplateValueKind

    init(_ name: String, _ kind: TemplateValueKind) {
        self.name = name
        self.kind = kind
    }
}

/// What a template finds under a name: what a section over it pushes, and what names it has.
indirect enum TemplateValueKind: Sendable {
    case text
    case flag
    case model(any TemplateFields.Type)
    case list(TemplateValueKind)
}

/// A string as a template value. swift-mustache prints a plain `String` only after
/// three failed protocol casts (`MustacheCustomRenderable`, `AnyOptional`, then the
/// `TextOutputStreamable` of `String(describing:)`), each a conformance-cache search;
/// a `MustacheCustomRenderable` is printed after the first. Sections, `{{.}}` and
/// transforms (`{{uppercased(name)}}`) behave as with the `String` itself.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, CustomStringConvertible {
    let renderText: String

    init(_ text: String) { renderText = text }

    var isNull: Bool { false }
    var description: String { renderText }
    func transform(_ name: String) -> Any? { renderText.transform(name) }
}
