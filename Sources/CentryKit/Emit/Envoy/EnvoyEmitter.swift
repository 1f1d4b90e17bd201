/// Renders compiled discovery chains as the Envoy resources Consul sends a connect proxy.
public enum EnvoyEmitter {
  /// The YAML document (`resources:`) for `service`, or for every service with a chain.
  public static func document(for entries: EntrySet, service: String?, options: EnvoyOptions)
    -> Result<String, EnvoyFailure>
  {
    .failure(EnvoyFailure("`compile --to envoy` is not available yet"))
  }
}
