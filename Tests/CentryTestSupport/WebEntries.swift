/// HCL texts of a small `web` service (L7 defaults, two subsets, a two-way split) that the body,
/// write-plan and traffic-impact tests build their entry sets from.
public enum WebEntries {
  public static let defaults = "Kind = \"service-defaults\"\nName = \"web\"\nProtocol = \"http\"\n"

  public static let resolver = """
    Kind = "service-resolver"
    Name = "web"
    Subsets = {
      v1 = { Filter = "Service.Meta.version == v1" }
      v2 = { Filter = "Service.Meta.version == v2" }
    }
    """

  /// A splitter sending `v1` percent to subset v1 and `v2` percent to subset v2.
  public static func splitter(_ v1: Int, _ v2: Int) -> String {
    """
    Kind = "service-splitter"
    Name = "web"
    Splits = [
      { Weight = \(v1), ServiceSubset = "v1" },
      { Weight = \(v2), ServiceSubset = "v2" },
    ]
    """
  }
}
