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
}
