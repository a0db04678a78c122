/// The box around a panel, with its number, title and focus shown by more than colour: the
/// focused panel's title is wrapped in ▶ ◀.
enum PanelFrame {
  static func draw(_ panel: PanelID, title: String, in rect: Rect, focused: Bool, into grid: inout Grid) {
    let text = focused ? "▶ \(panel.rawValue + 1) \(title) ◀" : "\(panel.rawValue + 1) \(title)"
    grid.box(
      rect, title: text, style: Style(focused ? .borderFocused : .border),
      titleStyle: Style(focused ? .titleFocused : .title))
  }
}
