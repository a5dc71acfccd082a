/**
 * The gateway's security: bearer tokens of API clients validated here too, browser sign-in with the
 * tokens kept server-side, CSRF for the session, rate limits per client and per unit, security
 * headers, CORS.
 */
package vn.loa.gateway.security;
