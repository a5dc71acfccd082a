/**
 * Loa's web application (ADR 0017): server-rendered pages in Vietnamese (English on request) that
 * read and write only through the public API, with the access token the gateway relays for the
 * signed-in person, so every access rule of the services holds in the browser too. One package per
 * feature ({@code home}, {@code activity}); {@code platform} holds what every page needs: who is
 * signed in, the API client, the language, the security chain.
 */
package vn.loa.web;
