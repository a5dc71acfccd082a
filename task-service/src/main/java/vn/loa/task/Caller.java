package vn.loa.task;

import org.springframework.stereotype.Component;
import vn.loa.support.security.Access;

/** Who is making the request, for attribution: the subject of the validated access token. */
@Component
public class Caller {

  private final Access access;

  Caller(Access access) {
    this.access = access;
  }

  /** The user name or client id recorded as the author of a change. */
  public String name() {
    return access.caller().id();
  }

  /** The unit the caller's token is bound to: the root of its scope. */
  public String unitId() {
    return access.caller().unitId();
  }
}
