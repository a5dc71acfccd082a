/**
 * report-aggregator rolls every activity up its unit's chain of ancestors ({@code rollup}) by
 * half-month and category, from which any calendar period or reporting window ({@code period}) is
 * answered ({@code statistics}); it knows the hierarchy from plan-service's events ({@code
 * orgunit}).
 */
package vn.loa.report;
