/**
 * The gateway routes {@code /api/**} to the service that owns each path (application.yml) and is
 * the only component that calls services over HTTP.
 */
package vn.loa.gateway;
