/// What a cell means, which a theme turns into colours. Panels speak only in roles.
public enum ThemeRole: String, Sendable, Hashable, CaseIterable {
  case normal
  case dim
  case header
  case title
  case titleFocused = "title_focused"
  case border
  case borderFocused = "border_focused"
  case columnHeader = "column_header"
  case selected
  case selectedUnfocused = "selected_unfocused"
  case ok
  case warning
  case shortfall
  case conflict
  case assumption
  case bar
  case barEmpty = "bar_empty"
  case statusBar = "status_bar"
  case key
  case message
  case banner
  case overlay
  /// The series of a chart: the countries of a stacked chart, in stacking order.
  case chart1 = "chart_1"
  case chart2 = "chart_2"
  case chart3 = "chart_3"
  case chart4 = "chart_4"
  case chart5 = "chart_5"
  case chart6 = "chart_6"
  /// The as-of cursor's line across a chart.
  case cursor
  /// What is projected past the data's date (a plan's events, the chart past the data): never
  /// a fact.
  case projected

  /// The role of the `index`th series of a chart, cycling through six.
  static func chart(_ index: Int) -> ThemeRole {
    [.chart1, .chart2, .chart3, .chart4, .chart5, .chart6][((index % 6) + 6) % 6]
  }
}
