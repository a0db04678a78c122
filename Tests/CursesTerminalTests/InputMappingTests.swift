import CNcursesw
import Testing

@testable import CursesTerminal
@testable import Dashboard

@Suite struct InputMappingTests {
  @Test func functionKeysMapToDashboardKeys() {
    #expect(InputMapping.key(forCode: KEY_UP) == .up)
    #expect(InputMapping.key(forCode: KEY_NPAGE) == .pageDown)
    #expect(InputMapping.key(forCode: KEY_BTAB) == .backTab)
    #expect(InputMapping.key(forCode: fb_key_f(1)) == .function(1))
    #expect(InputMapping.key(forCode: KEY_RESIZE) == nil)
  }

  @Test func charactersAndControlKeys() {
    #expect(InputMapping.key(forCharacter: "q") == .character("q"))
    #expect(InputMapping.key(forCharacter: "é") == .character("é"))
    #expect(InputMapping.key(forCharacter: "\r") == .enter)
    #expect(InputMapping.key(forCharacter: "\u{1B}") == .escape)
    #expect(InputMapping.key(forCharacter: "\t") == .tab)
    #expect(InputMapping.key(forCharacter: "\u{7F}") == .backspace)
    #expect(InputMapping.key(forCharacter: "\u{0C}") == .control("l"))
    #expect(InputMapping.key(forCharacter: "\u{12}") == .control("r"))
  }

  @Test func eventsBecomeActions() {
    #expect(InputEvent.key(.enter).action == .key(.enter))
    #expect(InputEvent.resize(width: 80, height: 24).action == .resize(width: 80, height: 24))
  }
}
