/** Domain-free mechanics shared by the three back-end services (docs/adr/0003). */
package vn.loa.support;
