/// The three uses of the dashboard.
public enum DashboardMode: String, Sendable, Hashable {
  case browse = "BROWSE"
  case whatIf = "WHAT-IF"
  case readOnly = "READ-ONLY"
}
