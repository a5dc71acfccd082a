/**
 * The periodic report as the document its unit signs: the Word file in the layout of Decree
 * 30/2020/NĐ-CP ({@code vn.loa.document.OfficialDocument}) with the report's parts in the order of
 * seed 004 and the window's figures drafted into sentences ({@code ReportDocument}).
 */
package vn.loa.report.reporting.web.document;
