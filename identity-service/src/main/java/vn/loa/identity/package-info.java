/**
 * The identity service: Spring Authorization Server with users, clients and the signing key in
 * MongoDB, and Loa's claims ({@code loa_unit}, {@code loa_roles}, audience {@code loa}) in every
 * access token.
 */
package vn.loa.identity;
