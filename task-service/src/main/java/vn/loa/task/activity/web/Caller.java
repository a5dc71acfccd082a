package vn.loa.task.activity.web;

import org.springframework.stereotype.Component;

/**
 * Who is making the request, for attribution. Until sign-in exists every request is attributed to
 * {@code anonymous}; identity and access (issue 6) replace this with the token's subject.
 */
@Component
class Caller {

  String name() {
    return "anonymous";
  }
}
