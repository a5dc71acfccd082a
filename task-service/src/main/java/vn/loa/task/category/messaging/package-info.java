/** The category list on {@code loa.categories}: the event each change is stored with. */
package vn.loa.task.category.messaging;
