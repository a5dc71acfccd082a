/**
 * Documents in the layout of Decree 30/2020/NĐ-CP (văn bản hành chính): the page, the masthead, the
 * title, the body, the recipients and the signer, an appendix table. Layout only: what a plan or a
 * report says is its service's (ADR 0021).
 */
package vn.loa.document;
