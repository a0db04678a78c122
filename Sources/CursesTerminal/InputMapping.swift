import CNcursesw
import Dashboard

/// ncurses key codes and characters to dashboard keys.
enum InputMapping {
  static func key(forCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_PPAGE: .pageUp
    case KEY_NPAGE: .pageDown
    case KEY_HOME: .home
    case KEY_END: .end
    case KEY_ENTER: .enter
    case KEY_BTAB: .backTab
    case KEY_BACKSPACE: .backspace
    case KEY_DC: .delete
    default:
      (1...12).first { fb_key_f(Int32($0)) == code }.map(Key.function)
    }
  }

  static func key(forCharacter scalar: Unicode.Scalar) -> Key? {
    switch scalar.value {
    case 0x0D, 0x0A: return .enter
    case 0x1B: return .escape
    case 0x09: return .tab
    case 0x7F, 0x08: return .backspace
    case 0x01...0x1A: return .control(Character(Unicode.Scalar(scalar.value + 0x60) ?? "?"))
    case 0x00..<0x20: return nil
    default: return .character(Character(scalar))
    }
  }
}
