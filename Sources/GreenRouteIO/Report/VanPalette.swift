/// Colours of the vans (cycled) and of the timeline's activities; readable on white and in print.
enum VanPalette {
    /// Twelve distinct colours (Tableau-like), cycled for more vans.
    static let colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
                          "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#393b79", "#637939"]

    /// The colour of van `number` (1-based).
    static func colour(van number: Int) -> String {
        colours[(max(number, 1) - 1) % colours.count]
    }

    /// The fill colour of an activity kind in the timeline.
    static func colour(activity kind: RouteActivity.Kind) -> String {
        switch kind {
        case .driving: return "#4a6fa5"
        case .service: return "#f0a202"
        case .waiting: return "#d9d9d9"
        case .charging: return "#2e9e44"
        }
    }
}
