package vn.loa.task;

import org.springframework.stereotype.Component;

/**
 * Who is making the request, for attribution. Until sign-in exists every request is attributed to
 * {@code anonymous}; identity and access (issue 6) replace this with the token's subject.
 */
@Component
public class Caller {

  public String name() {
    return "anonymous";
  }
}
