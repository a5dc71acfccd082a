/**
 * The organisation hierarchy (cơ cấu tổ chức): province/city, departments (Sở), communes (xã,
 * phường, đặc khu) and their internal units, with validity dates; every change is published as
 * {@code loa.orgunit.changed} on the compacted org-unit topic.
 */
package vn.loa.plan.orgunit;
