public enum LightboardVersion {
    /// Shown by `lightboard --version`.
    public static let current = "1.0.0"
}
