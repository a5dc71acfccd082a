/**
 * A unit's plans and the directives it implements: the directive inbox (số/ký hiệu, ngày, trích
 * yếu, cơ quan ban hành, hạn, trạng thái); from a directive, the draft of the unit's implementing
 * plan with its basis, content, forms, assignments to its own units, reporting regime and targets
 * pre-filled from the directing plan; the draft edited and issued; an issued plan with the tasks it
 * gave its units and where each stands.
 */
package vn.loa.web.plan;
