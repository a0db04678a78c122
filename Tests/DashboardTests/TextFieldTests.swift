import Testing

@testable import Dashboard

/// The one text field behind the editor, the form, the prompts and the filter.
@Suite struct TextFieldTests {
  /// Applies `keys` in order and says, for each, whether the field took it as an edit.
  private func press(_ field: inout TextField, _ keys: (FieldCommand?, Key)...) -> [Bool] {
    keys.map { field.apply($0.0, $0.1) }
  }

  @Test func anOldValueIsTypedOverButBackspaceEditsIt() {
    var typedOver = TextField("1,200", replacesOnType: true)
    #expect(press(&typedOver, (nil, .character("9"))) == [true])
    #expect(typedOver.text == "9")

    var edited = TextField("1,200", replacesOnType: true)
    #expect(press(&edited, (.erase, .backspace), (nil, .character("5"))) == [true, true])
    #expect(edited.text == "1,205")
    #expect(!edited.replacesOnType)
  }

  @Test func eraseAllEmptiesAndOtherKeysAreLeftToTheCaller() {
    var field = TextField("Kenya")
    #expect(press(&field, (.eraseAll, .control("u")), (.erase, .backspace)) == [true, true])
    #expect(field.text == "")
    let others = press(
      &field, (.commit, .enter), (.cancel, .escape), (.nextField, .tab), (.previousField, .backTab), (nil, .down))
    #expect(others == [false, false, false, false, false])
    #expect(field.text == "")
  }
}
