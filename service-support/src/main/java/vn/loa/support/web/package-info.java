/**
 * RFC 9457 problem details for every error, with field errors in Vietnamese (default) or English
 * following {@code Accept-Language}; request size limits; nothing leaks a stack trace.
 */
package vn.loa.support.web;
