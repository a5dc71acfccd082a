/**
 * The plan as the document officials sign: the Word file in the layout of Decree 30/2020/NĐ-CP
 * ({@code vn.loa.document.OfficialDocument}, module official-documents) with a plan's content in
 * the order the seed plans write it ({@code PlanDocument}).
 */
package vn.loa.plan.plan.web.document;
