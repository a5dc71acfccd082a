/**
 * The page a person lands on after sign-in. Officials of a commune, a unit or a department get
 * "Việc cần làm": the tasks of their unit and its own units (chủ trì / phối hợp, trong hạn / sắp
 * đến hạn / quá hạn), the directives their unit must implement, and the reports it owes with the
 * cut-off, the deadline and the days left, a returned one with the reason. The city's
 * administrators and viewers, and coordinating agencies, get the overview of the current quarter.
 */
package vn.loa.web.home;
