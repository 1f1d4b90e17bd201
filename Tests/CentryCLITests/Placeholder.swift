import Testing

@Suite struct PlaceholderCLITests {
  @Test func nothingYet() {}
}
