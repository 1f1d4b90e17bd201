// libFuzzer target: the go-bexpr filter parser, checker and evaluator (scripts/fuzz.sh builds it).
import CentryAnalysis

private let instance: CatalogJSON = {
  let json = #"""
    {"Node": {"Node": "n1", "Datacenter": "dc1", "Meta": {"rack": "r1"}},
     "Service": {"ID": "web-1", "Service": "web", "Tags": ["v1", "canary"], "Port": 8080,
                 "Meta": {"version": "v1"}, "Connect": {"Native": false}},
     "Checks": [{"Status": "passing", "Name": "ping"}]}
    """#
  switch CatalogJSON.parse(Array(json.utf8)) {
  case .success(let value): return value
  case .failure: return .object([])
  }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFilter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  switch FilterParser.parse(text) {
  case .failure: break
  case .success(let tree):
    _ = FilterChecker.check(tree)
    _ = FilterEvaluator.evaluate(tree, on: instance)
  }
  return 0
}
