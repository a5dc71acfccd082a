/** The sign-in page people see: Vietnamese first, English on request. */
package vn.loa.identity.signin;
